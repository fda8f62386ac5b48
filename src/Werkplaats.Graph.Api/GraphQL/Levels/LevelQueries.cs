using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>The root fields for levels.</summary>
public static class LevelQueries
{
    public static void AddLevelQueries(this ObjectGraphType query)
    {
        query.NodeByEnumKeyField<LevelType, Level, LevelKeyType, LevelKey>("level", NodeKind.Level, "A level by its key.");
        query.NodeListField<object?, LevelConnectionType, LevelFilterType, KeysFilterInput<LevelKey>>(
            "levels",
            "The eight levels, micro to macro.",
            NodeKind.Level,
            _ => NodeFilter.Everything);
    }
}
