namespace Werkplaats.Graph.Core.Model;

/// <summary>One of the four conditions of Social Quality; its key is the <see cref="ConditionKey"/> constant.</summary>
public sealed record Condition(ConditionKey Code, LocalizedText Name, LocalizedText Description)
    : GraphNode(EnumNames.ToConstant(Code))
{
    public override NodeKind Kind => NodeKind.Condition;

    public override string DisplayName => Name.Nl;
}
