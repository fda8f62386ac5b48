using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads the practices section: the learning practices and the ateliers, levels and actors they involve.</summary>
internal static class PracticeEntries
{
    public static SeedEntry Read(EntryReader entry)
    {
        var key = entry.Slug("key");
        var name = entry.Text("name");
        var description = entry.Text("description");
        var place = entry.Text("place");
        var municipality = entry.Text("municipality");
        var status = entry.Constant<PracticeStatus>("status", "status");
        var startedOn = entry.Date("startedOn");
        var endedOn = entry.Date("endedOn", Occurs.Optional);

        var links = new SeedLinks(new NodeRef(NodeKind.Practice, key?.Value ?? ""), entry.Subject);
        links.To(RelationshipType.PartOf, NodeKind.Issue, entry.References("issues", Occurs.AtLeastOne));
        links.To(RelationshipType.InDomain, NodeKind.Domain, entry.References("domains", Occurs.Required));
        links.To(RelationshipType.AtLevel, NodeKind.Level, entry.ConstantKeys<LevelKey>("levels", "level", Occurs.AtLeastOne));
        foreach (var item in entry.Items("actors", Occurs.Required))
        {
            var actor = item.Reference("actor", Occurs.Required);
            var role = item.Text("role");
            item.ReportUnknownFields();
            if (actor is { } involved && role is not null)
            {
                links.Involves(involved, role);
            }
        }

        entry.ReportUnknownFields();
        PeriodRule.Check(entry, startedOn, endedOn);

        var node = key is { } k && name is not null && description is not null && place is not null
            && municipality is not null && status is { } s && startedOn is { } start
            ? new Practice(k.Value, name, description, place, municipality, s.Value, start, endedOn)
            : null;
        return new SeedEntry(NodeKind.Practice, key, node, links.All);
    }
}
