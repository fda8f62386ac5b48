namespace Werkplaats.Graph.Core.Model;

/// <summary>A level where work happens, micro to macro; its key is the <see cref="LevelKey"/> constant.</summary>
public sealed record Level(LevelKey Code, LocalizedText Name, int Ordinal) : GraphNode(EnumNames.ToConstant(Code))
{
    public override NodeKind Kind => NodeKind.Level;

    public override string DisplayName => Name.Nl;
}
