using System.Net.Http.Json;
using System.Text.Json;

namespace Werkplaats.Graph.Browser.Tests;

/// <summary>Asks the API under test directly, for answers a page must agree with (ids, search results).</summary>
internal static class ApiClient
{
    public static async Task<JsonElement> QueryAsync(Uri baseAddress, string query, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }
}
