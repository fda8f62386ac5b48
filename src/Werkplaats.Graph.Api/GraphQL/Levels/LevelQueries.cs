using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>The root fields for levels.</summary>
public static class LevelQueries
{
    public static void AddLevelQueries(this ObjectGraphType query)
    {
        query.Field<LevelType>("level")
            .Description("A level by its key.")
            .Argument<NonNullGraphType<LevelKeyType>>("key", "The level's key.")
            .Resolve(context => context.Reader().Node<Level>(
                new NodeRef(NodeKind.Level, EnumNames.ToConstant(context.GetArgument<LevelKey>("key")))));
        query.NodeListField<object?, LevelConnectionType, LevelFilterType, LevelFilterInput>(
            "levels",
            "The eight levels, micro to macro.",
            NodeKind.Level,
            input => input?.ToNodeFilter() ?? NodeFilter.Everything,
            _ => NodeFilter.Everything);
    }
}
