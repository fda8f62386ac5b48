using System.Net;
using Werkplaats.Graph.Api.Tests.Auth;
using static Werkplaats.Graph.Api.Tests.GraphQLHttp;

namespace Werkplaats.Graph.Api.Tests.Http;

/// <summary>
/// The default depth and complexity limits stop bombs, say whose limit it was, and let GraphiQL's introspection through,
/// for anonymous callers (15, 20000) and signed-in ones (15, 25000) alike.
/// </summary>
public sealed class GuardRailTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string AnonymousLimit = "maximum allowed for anonymous queries outside the catalogue (sign in, or use a catalogue query) is";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task IntrospectionQueryOfGraphiQL_IsAllowed()
    {
        using var response = await _client.SendAsync(PostQuery(IntrospectionQuery.Text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var schema = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        Assert.NotEqual(0, schema.GetProperty("types").GetArrayLength());
    }

    [Fact]
    public async Task IntrospectionQueryOfGraphiQL_FourTimesOver_IsRefusedNamingTheLimit()
    {
        var text = IntrospectionQuery.Text;
        var fragments = text.IndexOf("fragment ", StringComparison.Ordinal);
        var schema = text[text.IndexOf("__schema", StringComparison.Ordinal)..text.LastIndexOf('}', fragments)];
        var aliased = string.Join(' ', Enumerable.Range(0, 4).Select(index => $"a{index}: {schema}"));

        using var response = await _client.SendAsync(PostQuery($"query FourTimes {{ {aliased} }} {text[fragments..]}"));

        await AssertRefusedAsync(response, $"; {AnonymousLimit} 20000.");
    }

    [Fact]
    public async Task DepthBomb_IsRefusedNamingTheLimit()
    {
        var nested = string.Concat(Enumerable.Repeat("fields { type { ", 8)) + "name" + new string('}', 16);

        using var response = await _client.SendAsync(PostQuery($$"""{ __type(name: "Query") { {{nested}} } }"""));

        await AssertRefusedAsync(response, $"Maximum depth is 18 levels; {AnonymousLimit} 15.");
    }

    [Fact]
    public async Task AliasBomb_IsRefusedNamingTheLimit()
    {
        var aliases = Enumerable.Range(0, 10).Select(index =>
            $"a{index}: lessons(first: 100) {{ nodes {{ conditions {{ lessons(first: 100) {{ nodes {{ title }} }} }} }} }}");

        using var response = await _client.SendAsync(PostQuery($"{{ {string.Join(' ', aliases)} }}"));

        await AssertRefusedAsync(response, $"Complexity is 307020; {AnonymousLimit} 20000.");
    }

    [Fact]
    public async Task AliasBomb_OfASignedInCaller_IsRefusedNamingTheEndpointsLimit()
    {
        var aliases = Enumerable.Range(0, 10).Select(index =>
            $"a{index}: lessons(first: 100) {{ nodes {{ conditions {{ lessons(first: 100) {{ nodes {{ title }} }} }} }} }}");
        using var client = factory.ClientFor(CallerKind.TribuneOfX);

        using var response = await client.SendAsync(PostQuery($"{{ {string.Join(' ', aliases)} }}"));

        await AssertRefusedAsync(response, "Complexity is 307020; maximum allowed on this endpoint is 25000.");
    }

    [Fact]
    public async Task QueryBetweenTheTwoLimits_RunsForASignedInCaller_AndIsRefusedAnonymously()
    {
        var pages = Enumerable.Range(0, 4).Select(index =>
            $"a{index}: lessons(first: 100) {{ nodes {{ title summary conditions {{ key name }} levels {{ key name }} issues {{ key name }} practices {{ key name issues {{ key name }} }} }} }}");
        var query = $"{{ {string.Join(' ', pages)} }}";
        using var signedIn = factory.ClientFor(CallerKind.TribuneOfX);

        using var anonymous = await _client.SendAsync(PostQuery(query));
        using var asMember = await signedIn.SendAsync(PostQuery(query));

        await AssertRefusedAsync(anonymous, $"; {AnonymousLimit} 20000.");
        var message = (await anonymous.ReadJsonAsync()).GetProperty("errors")[0].GetProperty("message").GetString()!;
        var price = double.Parse(message.Split("Complexity is ")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(price, 20_001, 25_000);
        Assert.Equal(HttpStatusCode.OK, asMember.StatusCode);
        Assert.Empty(await asMember.ReadErrorCodesAsync());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string limit)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Contains(limit, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("COMPLEXITY", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
