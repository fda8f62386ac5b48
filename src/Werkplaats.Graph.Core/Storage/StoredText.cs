using System.Globalization;

namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// How dates and times are written as text wherever the graph is stored (both adapters, sort values, the change log):
/// dates as ISO <c>yyyy-MM-dd</c>, which sorts as dates compare; times as round-trip ISO 8601 in UTC, which sorts as
/// times compare and reads back exactly.
/// </summary>
public static class StoredText
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Of(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Of(DateOnly? date) => date is { } value ? Of(value) : null;

    public static string Of(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateOnly? DateOrNull(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date every stored node of its kind has.</summary>
    /// <exception cref="InvalidOperationException">the text is missing: the store was written wrongly.</exception>
    public static DateOnly Date(string? text) => DateOrNull(text) ?? throw new InvalidOperationException("A stored node misses its date.");

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
