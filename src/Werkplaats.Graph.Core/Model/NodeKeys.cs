using System.Text.RegularExpressions;

namespace Werkplaats.Graph.Core.Model;

/// <summary>The one rule for keys that people choose (issues, actors, practices, lessons): a slug.</summary>
public static partial class NodeKeys
{
    /// <summary>Lower-case letters and digits, in words joined by single hyphens, e.g. <c>armoede-en-schulden</c>.</summary>
    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
