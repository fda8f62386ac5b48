using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>
/// Ateliers and the actors around them. Actor <c>a</c> belongs to atelier <c>a % issues</c>: the first actor of each
/// atelier is its trekker (a researcher in the Arena), the others sit in its Arena or on its Tribune, and one in five
/// also takes part in another atelier, so some partners bridge ateliers.
/// </summary>
internal sealed class AgendaGenerator(SnapshotBuilder graph, GraphProportions proportions)
{
    private const double MergedShare = 0.1;
    private const double RetiredShare = 0.05;
    private const double ArenaShare = 0.4;
    private const double BridgingShare = 0.2;
    private const int ProgrammeCommitteeEvery = 97;

    public NodeRef[] Issues { get; } = new NodeRef[proportions.Issues];

    public NodeRef[] Actors { get; } = new NodeRef[proportions.Actors];

    public void Generate()
    {
        for (var i = 0; i < Issues.Length; i++)
        {
            AddIssue(i);
        }

        for (var a = 0; a < Actors.Length; a++)
        {
            AddActor(a);
        }
    }

    /// <summary>The actor of atelier <paramref name="issue"/> numbered <paramref name="member"/> among its actors.</summary>
    public NodeRef ActorOf(int issue, int member) => Actors[issue + (Issues.Length * member)];

    /// <summary>How many actors belong to atelier <paramref name="issue"/>.</summary>
    public int ActorCountOf(int issue) => ((Actors.Length - issue - 1) / Issues.Length) + 1;

    private void AddIssue(int i)
    {
        var (key, name) = AtelierNames.Of(i, graph.Random);
        var fixedAgenda = i < AtelierNames.FirstAgenda.Count;
        var status = fixedAgenda ? IssueStatus.Active
            : graph.Chance(MergedShare) ? IssueStatus.Merged
            : graph.Chance(RetiredShare) ? IssueStatus.Retired
            : IssueStatus.Active;
        var startedOn = fixedAgenda ? new DateOnly(2019, 10, 1) : graph.Date();
        var description = new LocalizedText(
            $"Het leeratelier {name.Nl} leert samen met inwoners, praktijk en beleid wat werkt in de regio.", null);
        var issue = new Issue(key, name, description, status, startedOn, status == IssueStatus.Active ? null : startedOn.AddYears(2));
        graph.Add(issue);
        Issues[i] = issue.Ref;
        if (status == IssueStatus.Merged)
        {
            graph.Relate(RelationshipType.MergedInto, issue.Ref, Issues[graph.Random.Next(i)]);
        }
    }

    private void AddActor(int a)
    {
        var home = a % Issues.Length;
        var trekker = a < Issues.Length;
        var category = trekker ? ActorCategory.Researcher : (ActorCategory)graph.Random.Next(Enum.GetValues<ActorCategory>().Length);
        var formal = category >= ActorCategory.Municipality;
        var (municipality, place) = graph.Place();
        var name = formal ? $"{DutchWords.Pick(graph.Random, DutchWords.ProjectWords)} {municipality} {a + 1}"
            : $"{DutchWords.Pick(graph.Random, DutchWords.Subjects)} {place} {a + 1}";
        var actor = new Actor(GraphGenerator.ActorKey(a), name, category, formal, null, a % ProgrammeCommitteeEvery == 0);
        graph.Add(actor);
        Actors[a] = actor.Ref;

        if (trekker)
        {
            graph.Relate(RelationshipType.Leads, actor.Ref, Issues[home]);
        }

        Participate(actor.Ref, home, trekker || graph.Chance(ArenaShare));
        if (Issues.Length > 1 && graph.Chance(BridgingShare))
        {
            var other = (home + 1 + graph.Random.Next(Issues.Length - 1)) % Issues.Length;
            Participate(actor.Ref, other, graph.Chance(ArenaShare));
        }
    }

    private void Participate(NodeRef actor, int issue, bool arena) =>
        graph.Relate(
            RelationshipType.ParticipatesIn,
            actor,
            Issues[issue],
            mode: arena ? ParticipationMode.Arena : ParticipationMode.Tribune,
            since: graph.Date());
}
