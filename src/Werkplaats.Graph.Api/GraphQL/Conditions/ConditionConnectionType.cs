using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>A page of conditions.</summary>
public sealed class ConditionConnectionType() : ConnectionType<ConditionType, ConditionEdgeType>("Condition");

/// <summary>A condition in a list.</summary>
public sealed class ConditionEdgeType() : EdgeType<ConditionType>("Condition");
