namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>Bad arguments get their own clear error code, never a silent fix or a 500.</summary>
public sealed class BadInputTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string?> ErrorCodeAsync(string query, object? variables = null)
    {
        var body = await _client.QueryAsync(query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), $"expected an error: {body}");
        return errors[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    [Theory]
    [InlineData(100000)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task PageSizeOutOfRange_IsAnError_NotASilentCap(int first) =>
        Assert.Equal("PAGE_SIZE_OUT_OF_RANGE", await ErrorCodeAsync("query($first: Int) { lessons(first: $first) { totalCount } }", new { first }));

    [Theory]
    [InlineData("bogus")]
    [InlineData("Zm9v")]
    public async Task CursorNotIssuedByTheApi_IsInvalidCursor(string after) =>
        Assert.Equal("INVALID_CURSOR", await ErrorCodeAsync("query($after: String) { lessons(after: $after) { totalCount } }", new { after }));

    [Fact]
    public async Task CursorOfAnotherOrder_IsInvalidCursor()
    {
        var cursor = (await _client.QueryDataAsync("{ lessons(first: 1, orderBy: TITLE) { pageInfo { endCursor } } }"))
            .GetProperty("lessons").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        Assert.Equal("INVALID_CURSOR", await ErrorCodeAsync("query($after: String) { lessons(after: $after) { totalCount } }", new { after = cursor }));
    }

    [Fact]
    public async Task UnknownEnumValue_IsAValidationError()
    {
        var code = await ErrorCodeAsync("{ lessons(where: { conditions: [SOCIAL_COHESIE] }) { totalCount } }");

        Assert.False(string.IsNullOrEmpty(code));
        Assert.NotEqual("INTERNAL_ERROR", code);
    }

    [Fact]
    public async Task TooManyIds_IsAnError()
    {
        var ids = Enumerable.Repeat("eA", 101).ToList();

        Assert.Equal("PAGE_SIZE_OUT_OF_RANGE", await ErrorCodeAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }));
    }
}
