using System.Text.Json;

namespace Werkplaats.Graph.Api.Catalogue;

/// <summary>
/// One named, versioned query of the catalogue (a file <c>Catalogue/Queries/&lt;name&gt;.v&lt;version&gt;.graphql</c>):
/// a trusted document that anyone may run by <see cref="Id"/>, its bare <see cref="Name"/> (the newest version) or its
/// <see cref="Hash"/>.
/// </summary>
public sealed record CatalogueQuery(
    string Name,
    int Version,
    string Description,
    string Document,
    string Hash,
    IReadOnlyList<CatalogueVariable> Variables,
    JsonElement Example)
{
    /// <summary>The name with its version, e.g. <c>latest-lessons@1</c>: stays the same query for good.</summary>
    public string Id => $"{Name}@{Version}";
}

/// <summary>A variable of a catalogue query as its document declares it, e.g. <c>first: Int = 5</c>.</summary>
public sealed record CatalogueVariable(string Name, string Type, string? DefaultValue);
