using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>A page of practices.</summary>
public sealed class PracticeConnectionType() : ConnectionType<PracticeType, PracticeEdgeType>("Practice");

/// <summary>A practice in a list.</summary>
public sealed class PracticeEdgeType() : EdgeType<PracticeType>("Practice");
