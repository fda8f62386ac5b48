using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>
/// Learning practices, spread evenly over the ateliers (one in ten serves a second atelier), each involving two to
/// four actors of its own atelier.
/// </summary>
internal sealed class PracticeGenerator(SnapshotBuilder graph, GraphProportions proportions, AgendaGenerator agenda)
{
    private const double SharedShare = 0.1;

    public NodeRef[] Practices { get; } = new NodeRef[proportions.Practices];

    /// <summary>The (first) atelier of each practice, by practice index.</summary>
    public int[] IssueOf { get; } = new int[proportions.Practices];

    public void Generate()
    {
        for (var p = 0; p < Practices.Length; p++)
        {
            AddPractice(p);
        }
    }

    private void AddPractice(int p)
    {
        var random = graph.Random;
        var (municipality, place) = graph.Place();
        var status = (PracticeStatus)random.Next(3);
        var startedOn = graph.Date();
        var practice = new Practice(
            GraphGenerator.PracticeKey(p),
            $"{DutchWords.Pick(random, DutchWords.ProjectWords)} {place}",
            $"{DutchWords.Pick(random, DutchWords.Subjects)} {DutchWords.Pick(random, DutchWords.Verbs)} "
                + $"{DutchWords.Pick(random, DutchWords.Objects)} in {place}.",
            place,
            municipality,
            status,
            startedOn,
            status == PracticeStatus.Completed ? startedOn.AddYears(2) : null);
        graph.Add(practice);
        Practices[p] = practice.Ref;

        var issue = p % agenda.Issues.Length;
        IssueOf[p] = issue;
        graph.Relate(RelationshipType.PartOf, practice.Ref, agenda.Issues[issue]);
        if (agenda.Issues.Length > 1 && graph.Chance(SharedShare))
        {
            var other = (issue + 1 + random.Next(agenda.Issues.Length - 1)) % agenda.Issues.Length;
            graph.Relate(RelationshipType.PartOf, practice.Ref, agenda.Issues[other]);
        }

        foreach (var domain in graph.Some(TaxonomyNodes.Domains, 2))
        {
            graph.Relate(RelationshipType.InDomain, practice.Ref, domain.Ref);
        }

        foreach (var level in graph.Some(TaxonomyNodes.Levels, 3))
        {
            graph.Relate(RelationshipType.AtLevel, practice.Ref, level.Ref);
        }

        foreach (var member in graph.Distinct(random.Next(2, 5), agenda.ActorCountOf(issue)))
        {
            graph.Relate(
                RelationshipType.Involves, practice.Ref, agenda.ActorOf(issue, member), role: DutchWords.Pick(random, DutchWords.Roles));
        }
    }
}
