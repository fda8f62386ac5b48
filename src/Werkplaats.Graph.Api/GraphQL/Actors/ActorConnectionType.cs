using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>A page of actors.</summary>
public sealed class ActorConnectionType() : ConnectionType<ActorType, ActorEdgeType>("Actor");

/// <summary>An actor in a list.</summary>
public sealed class ActorEdgeType() : EdgeType<ActorType>("Actor");
