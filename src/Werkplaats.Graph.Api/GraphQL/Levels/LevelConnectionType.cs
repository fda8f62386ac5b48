using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>A page of levels.</summary>
public sealed class LevelConnectionType() : ConnectionType<LevelType, LevelEdgeType>("Level");

/// <summary>A level in a list.</summary>
public sealed class LevelEdgeType() : EdgeType<LevelType>("Level");
