namespace Werkplaats.Graph.Core.Model;

/// <summary>A node of the knowledge graph. <see cref="Key"/> is a stable slug, unique within the kind.</summary>
public abstract record GraphNode(string Key)
{
    public abstract NodeKind Kind { get; }

    public NodeRef Ref => new(Kind, Key);

    /// <summary>The text people know the node by: a name, or a lesson's title (Dutch).</summary>
    public abstract string DisplayName { get; }
}

/// <summary>A text in Dutch, with an English label where one exists.</summary>
public sealed record LocalizedText(string Nl, string? En)
{
    public string In(Language language) => language == Language.En && En is not null ? En : Nl;
}

/// <summary>The languages names and descriptions come in; Dutch first.</summary>
public enum Language
{
    Nl,
    En,
}
