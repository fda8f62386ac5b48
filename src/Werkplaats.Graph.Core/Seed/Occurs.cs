namespace Werkplaats.Graph.Core.Seed;

/// <summary>How often a field must be written: fields marked ? in graph-seed/README.md are optional.</summary>
internal enum Occurs
{
    Optional,
    Required,

    /// <summary>A list that must be written and hold at least one entry.</summary>
    AtLeastOne,
}
