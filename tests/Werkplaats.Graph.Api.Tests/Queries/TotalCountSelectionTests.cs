namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>A connection asks the store for its total count only when the query selects <c>totalCount</c>.</summary>
public sealed class TotalCountSelectionTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{ lessons(first: 2) { nodes { key } pageInfo { hasNextPage } } }", false)]
    [InlineData("{ lessons(first: 2) { totalCount nodes { key } } }", true)]
    [InlineData("{ lessons(first: 2) { ...counted } } fragment counted on LessonConnection { total: totalCount }", true)]
    [InlineData("{ lessons(first: 2) { ... on LessonConnection { totalCount } } }", true)]
    public async Task LessonConnection_CountsOnlyWhenTotalCountIsSelected(string query, bool counted)
    {
        await _client.QueryDataAsync("{ lessons(first: 1) { totalCount } }");
        factory.Store.Reset();

        await _client.QueryDataAsync(query);

        Assert.Equal(counted, Assert.Single(factory.Store.Queries).CountTotal);
    }
}
