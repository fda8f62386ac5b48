using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads the lessons section, with the rules on scope, practices and lifting.</summary>
internal static class LessonEntries
{
    public static SeedEntry Read(EntryReader entry)
    {
        var key = entry.Slug("key");
        var title = entry.Text("title");
        var summary = entry.Text("summary");
        var scope = entry.Constant<LessonScope>("scope", "scope");
        var evidence = entry.Constant<EvidenceKind>("evidence", "evidence");
        var learnedOn = entry.Date("learnedOn");
        var status = entry.Constant<PublicationStatus>("status", "status", Occurs.Optional);
        var practices = entry.References("practices", Occurs.Optional);
        var conditions = entry.ConstantKeys<ConditionKey>("conditions", "condition", Occurs.AtLeastOne);
        var levels = entry.ConstantKeys<LevelKey>("levels", "level", Occurs.AtLeastOne);
        var domains = entry.References("domains", Occurs.Optional);
        var derivedFrom = entry.References("derivedFrom", Occurs.Optional);
        var relatesTo = entry.References("relatesTo", Occurs.Optional);
        entry.ReportUnknownFields();

        CheckScope(entry, scope?.Value, practices, derivedFrom);
        CheckNotSelf(entry, key, derivedFrom, "cannot be derived from itself");
        CheckNotSelf(entry, key, relatesTo, "cannot relate to itself");

        var links = new SeedLinks(new NodeRef(NodeKind.Lesson, key?.Value ?? ""), entry.Subject);
        links.To(RelationshipType.LearnedIn, NodeKind.Practice, practices);
        links.To(RelationshipType.Touches, NodeKind.Condition, conditions);
        links.To(RelationshipType.AtLevel, NodeKind.Level, levels);
        links.To(RelationshipType.InDomain, NodeKind.Domain, domains);
        links.To(RelationshipType.DerivedFrom, NodeKind.Lesson, derivedFrom);
        links.To(RelationshipType.RelatesTo, NodeKind.Lesson, relatesTo);

        var node = key is { } k && title is not null && summary is not null && scope is { } sc && evidence is { } ev
            && learnedOn is { } learned
            ? new Lesson(k.Value, title, summary, sc.Value, ev.Value, learned, status?.Value ?? PublicationStatus.Published)
            : null;
        return new SeedEntry(NodeKind.Lesson, key, node, links.All);
    }

    /// <summary>A local lesson comes from a practice; a lifted (regional or national) one from other lessons.</summary>
    private static void CheckScope(
        EntryReader entry, LessonScope? scope, IReadOnlyList<Located<string>> practices, IReadOnlyList<Located<string>> derivedFrom)
    {
        if (scope == LessonScope.Local && practices.Count == 0)
        {
            entry.Report("practices", $"{entry.Subject}: a LOCAL lesson needs at least one practice it was learned in");
        }
        else if (scope is LessonScope.Regional or LessonScope.National && derivedFrom.Count == 0)
        {
            entry.Report("derivedFrom", $"{entry.Subject}: a {EnumNames.ToConstant(scope.Value)} lesson needs at least "
                + "one lesson in derivedFrom that it was lifted from");
        }
    }

    private static void CheckNotSelf(
        EntryReader entry, Located<string>? key, IReadOnlyList<Located<string>> references, string problem)
    {
        foreach (var reference in references.Where(reference => reference.Value == key?.Value))
        {
            entry.Report(reference.At, $"{entry.Subject} {problem}");
        }
    }
}
