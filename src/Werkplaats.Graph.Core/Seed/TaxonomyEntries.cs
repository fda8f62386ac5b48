using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Core.Seed;

/// <summary>Reads the fixed taxonomies: conditions, levels and domains.</summary>
internal static class TaxonomyEntries
{
    public static SeedEntry ReadCondition(EntryReader entry)
    {
        var code = entry.Constant<ConditionKey>("key", "condition");
        var name = entry.Localized("name");
        var description = entry.Localized("description");
        entry.ReportUnknownFields();

        var node = code is { } c && name is not null && description is not null
            ? new Condition(c.Value, name, description)
            : null;
        return new SeedEntry(NodeKind.Condition, code?.Select(EnumNames.ToConstant), node, []);
    }

    public static SeedEntry ReadLevel(EntryReader entry)
    {
        var code = entry.Constant<LevelKey>("key", "level");
        var name = entry.Localized("name");
        var ordinal = entry.Integer("ordinal");
        entry.ReportUnknownFields();

        var levelCount = EnumNames.AllConstants<LevelKey>().Count;
        if (ordinal is < 1 || ordinal > levelCount)
        {
            entry.Report("ordinal", $"{entry.Subject}: ordinal {ordinal} is out of range; use 1 to {levelCount}");
            ordinal = null;
        }

        var node = code is { } c && name is not null && ordinal is { } o ? new Level(c.Value, name, o) : null;
        return new SeedEntry(NodeKind.Level, code?.Select(EnumNames.ToConstant), node, []);
    }

    public static SeedEntry ReadDomain(EntryReader entry)
    {
        var key = entry.Slug("key");
        var name = entry.Localized("name");
        entry.ReportUnknownFields();

        var node = key is { } k && name is not null ? new Domain(k.Value, name) : null;
        return new SeedEntry(NodeKind.Domain, key, node, []);
    }
}
