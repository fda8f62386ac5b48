using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Api.Auth;
using Werkplaats.Graph.Api.Commands;
using Werkplaats.Graph.Api.Tests.Queries;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.Auth;

/// <summary>Bearer tokens: who the caller is, what happens to bad tokens, and that rights follow the graph per request.</summary>
public sealed class AuthenticationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ViewerQuery = "{ viewer { actor { key } name canSeeDraftsOf { key } seesAllDrafts } }";

    [Fact]
    public async Task NoToken_IsThePublic()
    {
        var viewer = (await factory.CreateClient().QueryDataAsync(ViewerQuery)).GetProperty("viewer");

        Assert.Equal(JsonValueKind.Null, viewer.GetProperty("actor").ValueKind);
        Assert.Empty(viewer.GetProperty("canSeeDraftsOf").EnumerateArray());
        Assert.False(viewer.GetProperty("seesAllDrafts").GetBoolean());
    }

    [Fact]
    public async Task Token_NamesTheActorAndPerson_WithTheAteliersWhoseDraftsItSees()
    {
        var actor = Callers.ActorKey(CallerKind.ArenaOfX)!;
        var client = Client(factory.TokenFor(actor, "Fictieve Tester"));

        var viewer = (await client.QueryDataAsync(ViewerQuery)).GetProperty("viewer");

        Assert.Equal(actor, viewer.GetProperty("actor").GetProperty("key").GetString());
        Assert.Equal("Fictieve Tester", viewer.GetProperty("name").GetString());
        Assert.Equal(Callers.DraftIssues(actor).Order(StringComparer.Ordinal), viewer.GetProperty("canSeeDraftsOf").Keys());
        Assert.False(viewer.GetProperty("seesAllDrafts").GetBoolean());
    }

    [Fact]
    public async Task CommitteeMember_SeesAllDrafts()
    {
        var viewer = (await Client(factory.TokenFor(Callers.ActorKey(CallerKind.Committee)!)).QueryDataAsync(ViewerQuery)).GetProperty("viewer");

        Assert.True(viewer.GetProperty("seesAllDrafts").GetBoolean());
    }

    [Fact]
    public async Task ExpiredToken_Is401Unauthenticated()
    {
        var token = factory.TokenFor(Callers.ActorKey(CallerKind.ArenaOfX)!, expires: DateTime.UtcNow.AddHours(-1));

        await AssertRefusedAsync(token, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_Is401Unauthenticated()
    {
        var now = DateTime.UtcNow;
        var token = new EmbeddedIssuer(RandomNumberGenerator.GetBytes(SigningKeyFile.KeyBytes))
            .CreateToken(Callers.ActorKey(CallerKind.ArenaOfX)!, null, now, now.AddHours(1));

        await AssertRefusedAsync(token, "UNAUTHENTICATED");
    }

    [Fact]
    public async Task Garbage_Is401Unauthenticated() => await AssertRefusedAsync("not-a-jwt", "UNAUTHENTICATED");

    [Fact]
    public async Task TokenOfAnActorNotInTheGraph_Is401UnknownActor() =>
        await AssertRefusedAsync(factory.TokenFor("nobody-we-know"), "UNKNOWN_ACTOR");

    [Fact]
    public async Task BadToken_OnTheExport_Is401Too()
    {
        var client = Client("not-a-jwt");

        using var response = await client.GetAsync("/export/neighbourhood?of=x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], await response.ReadErrorCodesAsync());
    }

    [Fact]
    public async Task TokenCommand_PrintsATokenTheApiAccepts()
    {
        var actor = Callers.ActorKey(CallerKind.TrekkerOfX)!;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await TokenCommand.RunAsync(factory.Services, ["--actor", actor, "--name", "Fictieve Trekker", "--days", "2"], output, error);
        var viewer = (await Client(output.ToString().Trim()).QueryDataAsync(ViewerQuery)).GetProperty("viewer");

        Assert.Equal(0, exitCode);
        Assert.Equal(actor, viewer.GetProperty("actor").GetProperty("key").GetString());
        Assert.Equal("Fictieve Trekker", viewer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task TokenCommand_RefusesAnActorNotInTheGraph_AndSaysHowToFindKeys()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await TokenCommand.RunAsync(factory.Services, ["--actor", "nobody-we-know"], output, error);

        Assert.Equal(1, exitCode);
        Assert.Empty(output.ToString());
        Assert.Contains("actors", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeavingTheArena_TakesTheDraftsAway_OnTheNextRequest()
    {
        // A factory of its own: this test changes the graph.
        using var changing = new ApiFactory();
        var actor = Callers.ActorKey(CallerKind.ArenaOfX)!;
        var client = Client(changing.TokenFor(actor), changing);
        const string Drafts = "{ lessons(first: 100) { nodes { key } } viewer { canSeeDraftsOf { key } } }";
        var draftsOfX = Callers.Drafts.Where(d => Callers.IssuesOf(d).Contains(Callers.X)).Select(d => d.Key).ToList();

        var before = await client.QueryDataAsync(Drafts);
        await MoveToTribuneAsync(changing, actor, Callers.X);
        var after = await client.QueryDataAsync(Drafts);

        Assert.Subset(before.GetProperty("lessons").GetProperty("nodes").Keys().ToHashSet(), draftsOfX.ToHashSet());
        Assert.Contains(Callers.X, before.GetProperty("viewer").GetProperty("canSeeDraftsOf").Keys());
        Assert.DoesNotContain(Callers.X, after.GetProperty("viewer").GetProperty("canSeeDraftsOf").Keys());
        Assert.Empty(after.GetProperty("lessons").GetProperty("nodes").Keys().Intersect(
            draftsOfX.Where(d => !Callers.IssuesOf(SeedGraph.Lessons.Single(l => l.Key == d)).Overlaps(
                Callers.DraftIssues(actor).Except([Callers.X])))));
    }

    /// <summary>Re-imports graph-seed with the actor's Arena place in the atelier turned into a Tribune place (import upserts relationship properties).</summary>
    private static async Task MoveToTribuneAsync(ApiFactory target, string actor, string issue)
    {
        var snapshot = SeedGraph.Snapshot;
        var changed = snapshot with
        {
            Relationships = [.. snapshot.Relationships.Select(r =>
                r.Type == RelationshipType.ParticipatesIn && r.From == new NodeRef(NodeKind.Actor, actor) && r.To == new NodeRef(NodeKind.Issue, issue)
                    ? r with { Mode = ParticipationMode.Tribune }
                    : r)],
        };
        await target.Services.GetRequiredService<IGraphStore>().ImportAsync(changed, CancellationToken.None);
    }

    private async Task AssertRefusedAsync(string token, string code)
    {
        using var response = await Client(token).SendAsync(GraphQLHttp.PostQuery(ViewerQuery, GraphQLHttp.GraphQLResponse));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(GraphQLHttp.GraphQLResponse, response.MediaType());
        Assert.Equal([code], await response.ReadErrorCodesAsync());
    }

    private HttpClient Client(string token, ApiFactory? target = null)
    {
        var client = (target ?? factory).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
