using Werkplaats.Graph.Api.GraphQL.Relay;

namespace Werkplaats.Graph.Api.GraphQL.Domains;

/// <summary>A page of domains.</summary>
public sealed class DomainConnectionType() : ConnectionType<DomainType, DomainEdgeType>("Domain");

/// <summary>A domain in a list.</summary>
public sealed class DomainEdgeType() : EdgeType<DomainType>("Domain");
