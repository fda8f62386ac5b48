using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace Werkplaats.Graph.Api.Catalogue;

/// <summary>
/// The catalogue of persisted queries, read once from the .graphql files embedded in this assembly. Each file starts
/// with comment lines: the description, then <c># example: {json variables}</c>. A file that does not follow this
/// fails the start, so a broken catalogue never ships.
/// </summary>
public sealed partial class QueryCatalogue
{
    private const string ExamplePrefix = "example:";
    private readonly Dictionary<string, CatalogueQuery> _byId = new(StringComparer.Ordinal);

    public QueryCatalogue()
        : this(ReadEmbeddedFiles())
    {
    }

    /// <summary>A catalogue of the given files (file name to text), for tests of the format.</summary>
    internal QueryCatalogue(IEnumerable<KeyValuePair<string, string>> files)
    {
        Queries = [.. files.Select(file => Parse(file.Key, file.Value)).OrderBy(q => q.Name, StringComparer.Ordinal).ThenBy(q => q.Version)];
        foreach (var query in Queries)
        {
            _byId[query.Id] = query;
            _byId[query.Hash] = query;
            _byId[$"sha256:{query.Hash}"] = query;
        }

        // A bare name means its newest version.
        foreach (var newest in Queries.GroupBy(q => q.Name).Select(g => g.MaxBy(q => q.Version)!))
        {
            _byId[newest.Name] = newest;
        }
    }

    /// <summary>Every query, by name, then version.</summary>
    public IReadOnlyList<CatalogueQuery> Queries { get; }

    /// <summary>The query with this id (<c>name@version</c>), name (its newest version) or sha256 hash; null when none.</summary>
    public CatalogueQuery? Find(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <summary>The lowercase hex SHA-256 of the text as UTF-8: the hash of automatic persisted queries.</summary>
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static CatalogueQuery Parse(string fileName, string text)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidDataException($"Catalogue file '{fileName}' is not named <name>.v<version>.graphql.");
        }

        var comments = text.Split('\n').TakeWhile(line => line.StartsWith('#')).Select(line => line[1..].Trim()).ToList();
        var exampleLine = comments.FirstOrDefault(line => line.StartsWith(ExamplePrefix, StringComparison.Ordinal))
            ?? throw new InvalidDataException($"Catalogue file '{fileName}' has no '# {ExamplePrefix} {{...}}' line.");
        var description = string.Join(' ', comments.Where(line => !line.StartsWith(ExamplePrefix, StringComparison.Ordinal)));
        if (description.Length == 0)
        {
            throw new InvalidDataException($"Catalogue file '{fileName}' has no description in its first comment lines.");
        }

        var operation = Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Single();
        var variables = (operation.Variables?.Items ?? []).Select(variable => new CatalogueVariable(
            variable.Variable.Name.StringValue,
            variable.Type.Print(),
            variable.DefaultValue?.Print())).ToList();
        return new CatalogueQuery(
            match.Groups["name"].Value,
            int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
            description,
            text,
            HashOf(text),
            variables,
            JsonSerializer.Deserialize<JsonElement>(exampleLine[ExamplePrefix.Length..]));
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadEmbeddedFiles()
    {
        var assembly = typeof(QueryCatalogue).Assembly;
        const string prefix = "Werkplaats.Graph.Api.Catalogue.Queries.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return new(resource[prefix.Length..], reader.ReadToEnd().ReplaceLineEndings("\n"));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<name>[a-z0-9]+(-[a-z0-9]+)*)\.v(?<version>[1-9][0-9]*)\.graphql$")]
    private static partial System.Text.RegularExpressions.Regex FileNamePattern();
}

/// <summary>Prints a parsed type or value back as GraphQL text.</summary>
internal static class GraphQLPrinting
{
    private static readonly SDLPrinter _printer = new();

    public static string Print(this ASTNode node)
    {
        using var writer = new StringWriter();
        _printer.PrintAsync(node, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }
}
