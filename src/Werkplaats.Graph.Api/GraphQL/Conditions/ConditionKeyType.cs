using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Conditions;

/// <summary>The keys of the four conditions.</summary>
public sealed class ConditionKeyType() : DescribedEnumType<ConditionKey>(
    "ConditionKey",
    "The four conditions of Social Quality; the Werkplaats works on all four integrally.",
    new Dictionary<ConditionKey, string>
    {
        [ConditionKey.SocioEconomicSecurity] = "Sociaal-economische zekerheid: basic needs such as work, income, housing and safety.",
        [ConditionKey.SocialInclusion] = "Sociale inclusie: accessibility and responsiveness of groups, organisations and systems.",
        [ConditionKey.SocialCohesion] = "Sociale cohesie: connectedness based on respect, recognition and reciprocity.",
        [ConditionKey.SocialEmpowerment] = "Sociale empowerment: room for personal development and self-determination, supported by social relations and structures.",
    });
