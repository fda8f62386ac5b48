using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads the issues section: the ateliers, with trekker, Arena and Tribune.</summary>
internal static class IssueEntries
{
    public static SeedEntry Read(EntryReader entry)
    {
        var key = entry.Slug("key");
        var name = entry.Localized("name");
        var description = entry.Localized("description");
        var status = entry.Constant<IssueStatus>("status", "status");
        var startedOn = entry.Date("startedOn");
        var endedOn = entry.Date("endedOn", Occurs.Optional);
        var mergedInto = entry.Reference("mergedInto", Occurs.Optional);
        var trekker = entry.Reference("trekker", Occurs.Required);
        var links = new SeedLinks(new NodeRef(NodeKind.Issue, key?.Value ?? ""), entry.Subject);
        if (trekker is { } leader)
        {
            links.From(RelationshipType.Leads, NodeKind.Actor, leader);
        }

        ReadParticipants(entry, "arena", ParticipationMode.Arena, startedOn, links);
        ReadParticipants(entry, "tribune", ParticipationMode.Tribune, startedOn, links);
        if (mergedInto is { } target)
        {
            links.To(RelationshipType.MergedInto, NodeKind.Issue, [target]);
        }

        entry.ReportUnknownFields();
        PeriodRule.Check(entry, startedOn, endedOn);

        var node = key is { } k && name is not null && description is not null && status is { } s && startedOn is { } start
            ? new Issue(k.Value, name, description, s.Value, start, endedOn)
            : null;
        return new SeedEntry(NodeKind.Issue, key, node, links.All);
    }

    /// <summary>Arena and Tribune members: <c>{ actor, since? }</c>, since defaulting to the issue's startedOn.</summary>
    private static void ReadParticipants(
        EntryReader entry, string field, ParticipationMode mode, DateOnly? startedOn, SeedLinks links)
    {
        foreach (var item in entry.Items(field, Occurs.Required))
        {
            var actor = item.Reference("actor", Occurs.Required);
            var since = item.Date("since", Occurs.Optional) ?? startedOn;
            item.ReportUnknownFields();
            if (actor is { } participant)
            {
                links.From(RelationshipType.ParticipatesIn, NodeKind.Actor, participant, mode, since);
            }
        }
    }
}
