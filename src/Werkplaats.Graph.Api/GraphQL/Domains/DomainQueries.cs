using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Domains;

/// <summary>The root fields for domains.</summary>
public static class DomainQueries
{
    public static void AddDomainQueries(this ObjectGraphType query)
    {
        query.NodeByKeyField<DomainType, Domain>("domain", NodeKind.Domain, "A domain by its key.");
        query.NodeListField<object?, DomainConnectionType, DomainFilterType, KeysFilterInput<string>>(
            "domains",
            "The domains of the social field, by name.",
            NodeKind.Domain,
            _ => NodeFilter.Everything);
    }
}
