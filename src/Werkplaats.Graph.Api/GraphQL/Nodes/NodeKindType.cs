using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Nodes;

/// <summary>The kinds of node.</summary>
public sealed class NodeKindType() : DescribedEnumType<NodeKind>(
    "NodeKind",
    "The kinds of node in the knowledge graph.",
    new Dictionary<NodeKind, string>
    {
        [NodeKind.Issue] = "A social issue and its learning atelier.",
        [NodeKind.Condition] = "A condition of Social Quality.",
        [NodeKind.Level] = "A level, micro to macro.",
        [NodeKind.Domain] = "A domain of the social field.",
        [NodeKind.Actor] = "A party: an organisation or a group of people in one role.",
        [NodeKind.Practice] = "A learning practice.",
        [NodeKind.Lesson] = "A lesson learned.",
    });
