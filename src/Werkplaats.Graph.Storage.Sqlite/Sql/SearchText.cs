using System.Text.RegularExpressions;

namespace Werkplaats.Graph.Storage.Sqlite.Sql;

/// <summary>
/// Turns user text into an FTS5 query that can hold no FTS syntax: every word becomes a quoted prefix term and all
/// terms are required. Anything that is not a letter, mark or digit only separates words.
/// </summary>
internal static partial class SearchText
{
    /// <summary>The FTS5 query, or null when the text holds no word.</summary>
    public static string? ToMatchQuery(string text)
    {
        var words = Word().Matches(text).Select(m => $"\"{m.Value}\"*").ToList();
        return words.Count == 0 ? null : string.Join(" AND ", words);
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
