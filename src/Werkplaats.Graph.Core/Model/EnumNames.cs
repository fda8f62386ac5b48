using System.Collections.Frozen;
using System.Text;

namespace Werkplaats.Graph.Core.Model;

/// <summary>
/// The one spelling of enum values outside the code: SCREAMING_SNAKE_CASE, as in MODEL.md, graph-seed and the schema
/// (<c>SocialCohesion</c> is <c>SOCIAL_COHESION</c>).
/// </summary>
public static class EnumNames
{
    public static string ToConstant<T>(T value)
        where T : struct, Enum => Names<T>.ToConstant[value];

    /// <summary>The constant of an enum value whose type is known only at run time.</summary>
    public static string ToConstant(Enum value) => ToScreamingSnake(value.ToString());

    public static bool TryParse<T>(string constant, out T value)
        where T : struct, Enum => Names<T>.FromConstant.TryGetValue(constant, out value);

    public static IReadOnlyList<string> AllConstants<T>()
        where T : struct, Enum => Names<T>.All;

    private static string ToScreamingSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToConstant =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => ToScreamingSnake(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromConstant =
            ToConstant.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

        public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<T>().Select(v => ToConstant[v])];
    }
}
