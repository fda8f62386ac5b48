using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Werkplaats.Graph.Storage.Neo4j.Cypher;

/// <summary>
/// The words of a text as search compares them: case and accents folded (<c>Één</c> is <c>een</c>), anything that is
/// not a letter or digit a separator. Nodes store their folded words (<c>searchNames</c>, <c>searchBody</c>) and the
/// full-text index splits them on whitespace, so the index, the filter and the query see the same words.
/// </summary>
internal static partial class SearchText
{
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var folded = new string([.. text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)])
            .ToLowerInvariant();
        return [.. Word().Matches(folded).Select(m => m.Value)];
    }

    /// <summary>The folded words of several texts, one space between them: the value of a search property.</summary>
    public static string Join(params string?[] texts) => string.Join(' ', texts.SelectMany(Words));

    /// <summary>
    /// The Lucene query of the full-text index: every word required as a word prefix, a match in a name weighing four
    /// times one in the longer texts (as the SQLite adapter's bm25 weights). Null when the text holds no word. The words
    /// hold letters and digits only, so no Lucene syntax can come in with them.
    /// </summary>
    public static string? ToIndexQuery(string text)
    {
        var words = Words(text);
        return words.Count == 0
            ? null
            : string.Join(" AND ", words.Select(w => $"({NodeProperties.SearchNames}:{w}*^4 OR {NodeProperties.SearchBody}:{w}*)"));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
