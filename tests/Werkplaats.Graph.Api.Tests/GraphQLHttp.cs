using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Werkplaats.Graph.Api.Tests;

/// <summary>Builds GraphQL-over-HTTP requests and reads their answers, so tests state only what differs.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? accept = null, string contentType = Json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType)),
        };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null, object? variables = null) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept);

    public static HttpRequestMessage Get(string query, string? variables = null, string? accept = null)
    {
        var uri = $"/graphql?query={Uri.EscapeDataString(query)}"
            + (variables is null ? "" : $"&variables={Uri.EscapeDataString(variables)}");
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return request;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

    /// <summary>The <c>extensions.code</c> of every error in a GraphQL response.</summary>
    public static async Task<IReadOnlyList<string?>> ReadErrorCodesAsync(this HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        return body.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(error => error.GetProperty("extensions").GetProperty("code").GetString()).ToList()
            : [];
    }

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;
}
