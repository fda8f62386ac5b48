using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Werkplaats.Graph.Api.Catalogue;

namespace Werkplaats.Graph.Api.Tests.Caching;

/// <summary>The README's section for partner developers stays true: every GET URL in it answers with data, and it shows one for each catalogue query.</summary>
public sealed partial class ReadmePartnerUrlTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SectionHeading = "## Embedding published knowledge (for partner developers)";

    public static TheoryData<string> Urls => [.. PartnerUrls()];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Url_AnswersWithData_AndNoErrors(string url)
    {
        using var response = await factory.CreateClient().GetAsync(new Uri(url).PathAndQuery);
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        Assert.Contains(body.GetProperty("data").EnumerateObject(), field => field.Value.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public void Section_ShowsAUrlForEveryCatalogueQuery()
    {
        var shown = PartnerUrls().Select(url => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(url).Query)["id"].Single()).ToHashSet();
        var catalogue = new QueryCatalogue();

        Assert.All(catalogue.Queries, query => Assert.Contains(shown, id => catalogue.Find(id!)?.Name == query.Name));
    }

    private static IEnumerable<string> PartnerUrls()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf(SectionHeading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '{SectionHeading}'.");
        var end = readme.IndexOf("\n## ", start + SectionHeading.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return GraphQLGetUrl().Matches(section).Select(match => match.Value).Distinct();
    }

    [GeneratedRegex(@"http://localhost:5080/graphql\?[^'\s)`]+")]
    private static partial Regex GraphQLGetUrl();
}
