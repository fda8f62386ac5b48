using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A shared condition.</summary>
public sealed class SharedConditionType() : SharedTagType<Conditions.ConditionType, Condition>("Condition", "condition");
