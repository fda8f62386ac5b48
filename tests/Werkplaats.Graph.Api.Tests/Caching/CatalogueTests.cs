using System.Net;
using System.Text.Json;
using Werkplaats.Graph.Api.Catalogue;
using Werkplaats.Graph.Core.Model;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>
/// The catalogue as partners find it: every .graphql file under Catalogue/Queries is listed with its description,
/// variables, hash and an example URL that answers with data; it runs by name, name@version or hash alike.
/// </summary>
public sealed class CatalogueTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string _folder = Path.Combine(RepositoryRoot.Path, "src", "Werkplaats.Graph.Api", "Catalogue", "Queries");
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Files => [.. Directory.GetFiles(_folder, "*.graphql").Select(file => Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Listing_NamesEveryFile_WithItsHashAndDescription()
    {
        var listed = await ListAsync();

        var expected = Directory.GetFiles(_folder, "*.graphql").Select(file =>
        {
            var name = Path.GetFileName(file).Split(".v")[0];
            return (name, QueryCatalogue.HashOf(File.ReadAllText(file).ReplaceLineEndings("\n")));
        }).Order().ToList();
        Assert.Equal(expected, listed.Select(q => (q.GetProperty("name").GetString()!, q.GetProperty("hash").GetString()!)).Order().ToList());
        Assert.All(listed, q => Assert.NotEmpty(q.GetProperty("description").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ExampleUrl_AnswersWithData_AndNoErrors(string file)
    {
        var query = (await ListAsync()).Single(q => $"{q.GetProperty("name").GetString()}.v{q.GetProperty("version").GetInt32()}.graphql" == file);
        var url = new Uri(query.GetProperty("example").GetProperty("url").GetString()!);

        using var response = await _client.GetAsync(url.PathAndQuery);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        Assert.Contains(body.GetProperty("data").EnumerateObject(), field => field.Value.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Query_ByNameByVersionAndByHash_GivesTheSameAnswer()
    {
        var query = (await ListAsync()).Single(q => q.GetProperty("name").GetString() == "latest-lessons");
        var variables = new { atelier = SeedGraph.Snapshot.Nodes.OfType<Issue>().First().Key };

        var answers = new List<string>();
        foreach (var id in new[] { "latest-lessons", query.GetProperty("id").GetString()!, query.GetProperty("hash").GetString()! })
        {
            answers.Add((await _client.FetchAsync(CachedQueries.Url(id, variables))).Body.GetRawText());
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task UnknownId_Is404_PersistedQueryNotFound_PointingToTheListing()
    {
        using var response = await _client.GetAsync("/graphql?id=no-such-query");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["PERSISTED_QUERY_NOT_FOUND"], await response.ReadErrorCodesAsync());
        Assert.Contains(CatalogueEndpoint.Path, (await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdAndQueryTogether_IsInvalidRequest()
    {
        using var response = await _client.GetAsync("/graphql?id=latest-lessons&query=%7B__typename%7D");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["INVALID_REQUEST"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task Catalogue_ByPost_WithADocumentId_Runs()
    {
        using var response = await _client.SendAsync(Post(JsonSerializer.Serialize(new
        {
            documentId = "atelier@1",
            variables = new { atelier = SeedGraph.Snapshot.Nodes.OfType<Issue>().First().Key },
        })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SeedGraph.Snapshot.Nodes.OfType<Issue>().First().Key, (await response.ReadJsonAsync()).GetProperty("data").GetProperty("issue").GetProperty("key").GetString());
    }

    [Fact]
    public void CatalogueFile_WithoutAnExample_FailsToLoad_NamingTheFile()
    {
        var problem = Assert.Throws<InvalidDataException>(() =>
            new QueryCatalogue([new("broken.v1.graphql", "# A description.\nquery { __typename }\n")]));

        Assert.Contains("broken.v1.graphql", problem.Message, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> ListAsync()
    {
        var listing = JsonSerializer.Deserialize<JsonElement>(await _client.GetStringAsync(CatalogueEndpoint.Path));
        return [.. listing.GetProperty("queries").EnumerateArray()];
    }
}
