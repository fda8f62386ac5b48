namespace Werkplaats.Graph.Core.Model;

/// <summary>A domain of the social field: welzijn, zorg, wonen, werk en inkomen, sport.</summary>
public sealed record Domain(string Key, LocalizedText Name) : GraphNode(Key)
{
    public override NodeKind Kind => NodeKind.Domain;

    public override string DisplayName => Name.Nl;
}
