using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;

namespace Werkplaats.Graph.Api.GraphQL.Domains;

/// <summary>Which domains to list.</summary>
public sealed class DomainFilterType() : KeysFilterType<string, StringGraphType>("Domain", "domains");
