using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads the actors section: network partners, groups of people in one role, researchers.</summary>
internal static class ActorEntries
{
    public static SeedEntry Read(EntryReader entry)
    {
        var key = entry.Slug("key");
        var name = entry.Text("name");
        var category = entry.Constant<ActorCategory>("category", "category");
        var formal = entry.Boolean("formal");
        var description = entry.OptionalText("description");
        var onProgrammeCommittee = entry.Boolean("programmeCommittee", Occurs.Optional) ?? false;
        entry.ReportUnknownFields();

        var node = key is { } k && name is not null && category is { } c && formal is { } f
            ? new Actor(k.Value, name, c.Value, f, description, onProgrammeCommittee)
            : null;
        return new SeedEntry(NodeKind.Actor, key, node, []);
    }
}
