using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>Which conditions to list.</summary>
public sealed class ConditionFilterType() : KeysFilterType<ConditionKey, ConditionKeyType>("Condition", "conditions");
