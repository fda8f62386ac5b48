namespace Werkplaats.Graph.Core.Model;

/// <summary>A social issue (sociale kwestie), worked on in one learning atelier.</summary>
public sealed record Issue(
    string Key,
    LocalizedText Name,
    LocalizedText Description,
    IssueStatus Status,
    DateOnly StartedOn,
    DateOnly? EndedOn) : GraphNode(Key)
{
    public override NodeKind Kind => NodeKind.Issue;

    public override string DisplayName => Name.Nl;
}
