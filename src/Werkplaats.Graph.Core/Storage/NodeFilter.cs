namespace Werkplaats.Graph.Core.Storage;

/// <summary>
/// A filter over nodes of one kind, as a small expression tree every adapter compiles to its own query language
/// (always with parameters). Lists inside one filter mean any-of.
/// </summary>
public abstract record NodeFilter
{
    /// <summary>Matches every node.</summary>
    public static readonly NodeFilter Everything = new AllOf([]);

    /// <summary>Every filter holds; an empty list matches everything.</summary>
    public sealed record AllOf(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    /// <summary>At least one filter holds; an empty list matches nothing.</summary>
    public sealed record AnyOf(IReadOnlyList<NodeFilter> Filters) : NodeFilter;

    /// <summary>The filter does not hold.</summary>
    public sealed record Negation(NodeFilter Filter) : NodeFilter;

    /// <summary>The node's key is one of these.</summary>
    public sealed record KeyIn(IReadOnlyList<string> Keys) : NodeFilter;

    /// <summary>
    /// Following <see cref="Path"/> (one to three hops) from the node reaches a node whose key is one of
    /// <see cref="Keys"/>; the last hop's target kind is the kind of those keys.
    /// </summary>
    public sealed record Related(IReadOnlyList<Hop> Path, IReadOnlyList<string> Keys) : NodeFilter;

    /// <summary>A text-valued property (enum constants included, e.g. scope <c>REGIONAL</c>) is one of these values.</summary>
    public sealed record PropertyIn(NodeProperty Property, IReadOnlyList<string> Values) : NodeFilter;

    /// <summary>A date property lies strictly after <see cref="After"/> and strictly before <see cref="Before"/>.</summary>
    public sealed record DateBetween(NodeProperty Property, DateOnly? After, DateOnly? Before) : NodeFilter;

    /// <summary>A boolean property has this value.</summary>
    public sealed record FlagIs(NodeProperty Property, bool Value) : NodeFilter;

    /// <summary>The node's text matches, as <see cref="IGraphStore.SearchAsync"/> matches it.</summary>
    public sealed record TextMatches(string Text) : NodeFilter;
}

/// <summary>The node properties a filter may test; each applies to the kinds named.</summary>
public enum NodeProperty
{
    /// <summary>Issue (IssueStatus), Practice (PracticeStatus), Lesson (PublicationStatus).</summary>
    Status,

    /// <summary>Lesson (LessonScope).</summary>
    Scope,

    /// <summary>Lesson (EvidenceKind).</summary>
    Evidence,

    /// <summary>Actor (ActorCategory).</summary>
    Category,

    /// <summary>Practice: the municipality, as written.</summary>
    Municipality,

    /// <summary>Actor: formal party or not.</summary>
    Formal,

    /// <summary>Actor: on the programme committee.</summary>
    OnProgrammeCommittee,

    /// <summary>Lesson.</summary>
    LearnedOn,

    /// <summary>Issue, Practice.</summary>
    StartedOn,
}
