using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A shared domain.</summary>
public sealed class SharedDomainType() : SharedTagType<Domains.DomainType, Domain>("Domain", "domain");
