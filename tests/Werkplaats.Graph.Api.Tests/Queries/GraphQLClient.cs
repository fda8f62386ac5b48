using System.Text.Json;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Runs a query over HTTP as a partner would and returns its <c>data</c>, failing on any GraphQL error.</summary>
public static class GraphQLClient
{
    public static async Task<JsonElement> QueryDataAsync(this HttpClient client, string query, object? variables = null)
    {
        var body = await client.QueryAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    /// <summary>The whole response body, errors included.</summary>
    public static async Task<JsonElement> QueryAsync(this HttpClient client, string query, object? variables = null)
    {
        using var response = await client.SendAsync(GraphQLHttp.PostQuery(query, GraphQLHttp.Json, variables));
        return await response.ReadJsonAsync();
    }

    public static IEnumerable<string> Keys(this JsonElement nodes) =>
        nodes.EnumerateArray().Select(node => node.GetProperty("key").GetString()!);
}
