using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>The root <c>practices</c> and every <c>x.practices</c>: filtered and paged, by name.</summary>
public static class PracticeLists
{
    public static void PracticesField<TSource>(
        this ObjectGraphType<TSource> type, string description, Func<TSource, NodeFilter> scope) =>
        type.NodeListField<TSource, PracticeConnectionType, PracticeFilterType, PracticeFilterInput>(
            "practices",
            description,
            NodeKind.Practice,
            scope);
}
