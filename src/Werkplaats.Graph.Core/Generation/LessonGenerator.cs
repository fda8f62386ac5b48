using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Generation;

/// <summary>
/// Lessons: local ones learned in one practice each, then regional ones lifted from two to four local lessons of
/// different ateliers, then RELATES_TO links the Arena made between any two lessons. Every lesson touches one or
/// two conditions, one or two levels and one or two domains; about one in fifty is a draft.
/// </summary>
internal sealed class LessonGenerator(SnapshotBuilder graph, GraphProportions proportions, PracticeGenerator practices)
{
    private const double DraftShare = 0.02;

    /// <summary>Gives up finding another atelier to lift from after this many draws (only tiny graphs get near it).</summary>
    private const int LiftAttempts = 64;

    private readonly NodeRef[] _lessons = new NodeRef[proportions.Lessons];
    private readonly int[] _issueOfLocal = new int[proportions.LocalLessons];

    public void Generate()
    {
        for (var l = 0; l < proportions.LocalLessons; l++)
        {
            AddLocal(l);
        }

        for (var l = proportions.LocalLessons; l < proportions.Lessons; l++)
        {
            AddRegional(l);
        }

        AddRelatesTo();
    }

    private void AddLocal(int l)
    {
        var practice = graph.Random.Next(practices.Practices.Length);
        _issueOfLocal[l] = practices.IssueOf[practice];
        var lesson = AddLesson(l, LessonScope.Local, (EvidenceKind)graph.Random.Next(3), "");
        graph.Relate(RelationshipType.LearnedIn, lesson, practices.Practices[practice]);
    }

    private void AddRegional(int l)
    {
        var lesson = AddLesson(l, LessonScope.Regional, EvidenceKind.Research, "Regionaal: ");
        var issues = new List<int>();
        var wanted = graph.Random.Next(2, 5);
        for (var attempt = 0; attempt < LiftAttempts && issues.Count < wanted; attempt++)
        {
            var source = graph.Random.Next(proportions.LocalLessons);
            if (!issues.Contains(_issueOfLocal[source]))
            {
                issues.Add(_issueOfLocal[source]);
                graph.Relate(RelationshipType.DerivedFrom, lesson, _lessons[source]);
            }
        }
    }

    private NodeRef AddLesson(int l, LessonScope scope, EvidenceKind evidence, string titlePrefix)
    {
        var random = graph.Random;
        var subject = DutchWords.Pick(random, DutchWords.Subjects);
        var finding = $"{DutchWords.Pick(random, DutchWords.Verbs)} {DutchWords.Pick(random, DutchWords.Objects)}";
        var (_, place) = graph.Place();
        var lesson = new Lesson(
            GraphGenerator.LessonKey(l),
            $"{titlePrefix}{subject} {finding}",
            $"In {place} bleek dat {subject.ToLowerInvariant()} {finding}. {DutchWords.Pick(random, DutchWords.Insights)}",
            scope,
            evidence,
            graph.Date(),
            graph.Chance(DraftShare) ? PublicationStatus.Draft : PublicationStatus.Published);
        graph.Add(lesson);
        _lessons[l] = lesson.Ref;

        foreach (var condition in graph.Some(TaxonomyNodes.Conditions, 2))
        {
            graph.Relate(RelationshipType.Touches, lesson.Ref, condition.Ref);
        }

        foreach (var level in graph.Some(TaxonomyNodes.Levels, 2))
        {
            graph.Relate(RelationshipType.AtLevel, lesson.Ref, level.Ref);
        }

        foreach (var domain in graph.Some(TaxonomyNodes.Domains, 2))
        {
            graph.Relate(RelationshipType.InDomain, lesson.Ref, domain.Ref);
        }

        return lesson.Ref;
    }

    /// <summary>Distinct pairs, each once whichever way round: RELATES_TO is read in both directions.</summary>
    private void AddRelatesTo()
    {
        var pairs = new HashSet<(int, int)>();
        while (pairs.Count < proportions.RelatesTo)
        {
            var (a, b) = (graph.Random.Next(_lessons.Length), graph.Random.Next(_lessons.Length));
            if (a != b && pairs.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                graph.Relate(RelationshipType.RelatesTo, _lessons[a], _lessons[b]);
            }
        }
    }
}
