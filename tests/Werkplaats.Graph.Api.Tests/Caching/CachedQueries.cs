using System.Text.Json;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>GET requests of catalogue queries as partners send them, and what the response cache said about each.</summary>
public static class CachedQueries
{
    /// <summary>The GET URL of a catalogue query with these variables.</summary>
    public static string Url(string id, object variables) =>
        $"/graphql?id={Uri.EscapeDataString(id)}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}";

    /// <summary>The latest lessons of an atelier, as the embed example asks for them.</summary>
    public static string LatestLessons(string atelier, int first = 100) => Url("latest-lessons", new { atelier, first });

    public static async Task<CachedAnswer> FetchAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return new CachedAnswer(
            (int)response.StatusCode,
            response.Headers.TryGetValues(GraphQLHttpEndpoint.CacheStatusHeader, out var status) ? status.Single() : null,
            body.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(body));
    }
}

/// <summary>A response: its status, whether the cache answered (<c>hit</c>, <c>miss</c>, <c>bypass</c>) and its JSON.</summary>
public sealed record CachedAnswer(int Status, string? Cache, JsonElement Body)
{
    /// <summary>The title of a lesson in a latest-lessons answer; null when the lesson is not in it.</summary>
    public string? TitleOf(string lessonKey) => Body.GetProperty("data").GetProperty("lessons").GetProperty("nodes")
        .EnumerateArray().Where(n => n.GetProperty("key").GetString() == lessonKey)
        .Select(n => n.GetProperty("title").GetString()).SingleOrDefault();
}
