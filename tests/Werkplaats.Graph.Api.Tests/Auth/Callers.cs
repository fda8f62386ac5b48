using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Api.Auth;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.Tests.Auth;

/// <summary>The kinds of caller the access rule tells apart.</summary>
public enum CallerKind
{
    Anonymous,
    TribuneOfX,
    ArenaOfAnotherAtelier,
    ArenaOfX,
    TrekkerOfX,
    Committee,
}

/// <summary>
/// Callers chosen from graph-seed, around atelier X (the atelier of the first draft): for each kind an actor that is
/// that and nothing more that would let it see X's drafts. What each may see is computed here from the seed, as MODEL.md
/// states the rule, independently of the API's own implementation.
/// </summary>
public static class Callers
{
    public static TheoryData<CallerKind> Kinds => [.. Enum.GetValues<CallerKind>()];

    public static IReadOnlyList<Lesson> Drafts => [.. SeedGraph.Lessons.Where(l => l.Status == PublicationStatus.Draft)];

    /// <summary>The atelier of the first draft.</summary>
    public static string X => IssuesOf(Drafts[0]).Order(StringComparer.Ordinal).First();

    public static IReadOnlySet<string> IssuesOf(Lesson lesson) => SeedGraph.Targets(lesson.Ref, RelationshipType.About);

    /// <summary>The actor key of a caller kind; null for the public.</summary>
    public static string? ActorKey(CallerKind kind) => kind switch
    {
        CallerKind.Anonymous => null,
        CallerKind.TribuneOfX => Pick(a => Participates(a, X, ParticipationMode.Tribune) && !DraftIssues(a).Contains(X)),
        CallerKind.ArenaOfAnotherAtelier => Pick(a => DraftIssues(a).Count > 0 && !DraftIssues(a).Contains(X)),
        CallerKind.ArenaOfX => Pick(a => Participates(a, X, ParticipationMode.Arena) && !Leads(a, X)),
        CallerKind.TrekkerOfX => Pick(a => Leads(a, X)),
        CallerKind.Committee => SeedGraph.Snapshot.Nodes.OfType<Actor>().First(a => a.OnProgrammeCommittee).Key,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether a caller of this kind may see <paramref name="lesson"/>, by MODEL.md's rule.</summary>
    public static bool MaySee(CallerKind kind, Lesson lesson) =>
        lesson.Status == PublicationStatus.Published
        || kind == CallerKind.Committee
        || (ActorKey(kind) is { } actor && IssuesOf(lesson).Overlaps(DraftIssues(actor)));

    /// <summary>The drafts a caller of this kind may see.</summary>
    public static HashSet<string> VisibleDrafts(CallerKind kind) =>
        Drafts.Where(d => MaySee(kind, d)).Select(d => d.Key).ToHashSet();

    /// <summary>A client that sends a token of the embedded issuer (the code the token command uses) for the caller.</summary>
    public static HttpClient ClientFor(this ApiFactory factory, CallerKind kind) =>
        factory.CreateClient().SignedInAs(kind, factory.Services.GetRequiredService<EmbeddedIssuer>());

    /// <summary>Makes <paramref name="client"/> send a token of <paramref name="issuer"/> for the caller; none for the public.</summary>
    public static HttpClient SignedInAs(this HttpClient client, CallerKind kind, EmbeddedIssuer issuer)
    {
        if (ActorKey(kind) is { } actor)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.TokenFor(actor));
        }

        return client;
    }

    public static string TokenFor(this ApiFactory factory, string actorKey, string? personName = null, DateTime? expires = null) =>
        factory.Services.GetRequiredService<EmbeddedIssuer>().TokenFor(actorKey, personName, expires);

    /// <summary>A token valid from a day before <paramref name="expires"/> (default: a day from now) until then.</summary>
    public static string TokenFor(this EmbeddedIssuer issuer, string actorKey, string? personName = null, DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddDays(1);
        return issuer.CreateToken(actorKey, personName, until.AddDays(-1), until);
    }

    /// <summary>The ateliers whose drafts an actor sees through its Arena place or trekkership (the committee aside).</summary>
    public static IReadOnlySet<string> DraftIssues(string actorKey) =>
        SeedGraph.Snapshot.Relationships
            .Where(r => r.From == new NodeRef(NodeKind.Actor, actorKey)
                && (r.Type == RelationshipType.Leads || (r.Type == RelationshipType.ParticipatesIn && r.Mode == ParticipationMode.Arena)))
            .Select(r => r.To.Key)
            .ToHashSet();

    private static bool Participates(string actorKey, string issue, ParticipationMode mode) =>
        SeedGraph.Snapshot.Relationships.Any(r => r.Type == RelationshipType.ParticipatesIn && r.Mode == mode
            && r.From == new NodeRef(NodeKind.Actor, actorKey) && r.To == new NodeRef(NodeKind.Issue, issue));

    private static bool Leads(string actorKey, string issue) =>
        SeedGraph.Targets(new NodeRef(NodeKind.Actor, actorKey), RelationshipType.Leads).Contains(issue);

    /// <summary>The first actor (by key) outside the committee that matches, so the committee's rights do not blur the test.</summary>
    private static string Pick(Func<string, bool> matches) =>
        SeedGraph.Snapshot.Nodes.OfType<Actor>()
            .Where(a => !a.OnProgrammeCommittee)
            .Select(a => a.Key)
            .Order(StringComparer.Ordinal)
            .First(matches);
}
