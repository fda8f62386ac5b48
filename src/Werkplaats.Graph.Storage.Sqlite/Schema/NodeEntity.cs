using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Storage.Sqlite.Schema;

/// <summary>
/// One row of the Nodes table: every kind in one table, kind-specific columns left null where they do not apply.
/// Enum values are stored as their constants (<c>DRAFT</c>), dates as ISO text so they sort as they compare.
/// </summary>
internal sealed class NodeEntity
{
    public long Id { get; set; }

    public NodeKind Kind { get; set; }

    public string Key { get; set; } = "";

    /// <summary>The Dutch name, or a lesson's title.</summary>
    public string Name { get; set; } = "";

    /// <summary>The name lower-cased: the Name order is case-insensitive and served by an index.</summary>
    public string NameSort { get; set; } = "";

    public string? NameEn { get; set; }

    public string? Description { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Summary { get; set; }

    public string? Status { get; set; }

    public string? Scope { get; set; }

    public string? Evidence { get; set; }

    public string? Category { get; set; }

    public bool? Formal { get; set; }

    public bool? OnProgrammeCommittee { get; set; }

    public string? Place { get; set; }

    public string? Municipality { get; set; }

    /// <summary>The date the kind is dated by: a lesson's LearnedOn, an issue's or practice's StartedOn.</summary>
    public string? SortDate { get; set; }

    public string? EndedOn { get; set; }

    /// <summary>The place in the source's order: conditions and levels.</summary>
    public int? Ordinal { get; set; }
}
