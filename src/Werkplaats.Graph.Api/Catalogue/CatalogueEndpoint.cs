using System.Text.Json;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.Catalogue;

/// <summary>
/// <c>GET /graphql/catalogue</c>: every catalogue query with its description, variables, document, hash and a GET URL
/// that runs its example, so a partner's developer finds what to embed without reading this repository.
/// </summary>
public static class CatalogueEndpoint
{
    public const string Path = GraphQLHttpEndpoint.Path + "/catalogue";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IEndpointRouteBuilder MapQueryCatalogue(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, QueryCatalogue catalogue) =>
        {
            var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
            var queries = catalogue.Queries.Select(query => new
            {
                id = query.Id,
                name = query.Name,
                version = query.Version,
                hash = query.Hash,
                description = query.Description,
                variables = query.Variables,
                example = new { variables = query.Example, url = baseUrl + ExampleUrl(query) },
                document = query.Document,
            });
            return Results.Json(new { queries }, _json);
        });
        return endpoints;
    }

    /// <summary>The path and query string that run the query's example by GET, e.g. <c>/graphql?id=atelier@1&amp;variables=...</c>.</summary>
    public static string ExampleUrl(CatalogueQuery query) =>
        $"{GraphQLHttpEndpoint.Path}?id={Uri.EscapeDataString(query.Id)}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(query.Example))}";
}
