using GraphQL.Types;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Domains;

/// <summary>The <c>DomainFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class DomainFilterInput
{
    public List<string>? Keys { get; init; }

    public NodeFilter ToNodeFilter() => Keys is null ? NodeFilter.Everything : new NodeFilter.KeyIn(Keys);
}

/// <summary>Which domains to list.</summary>
public sealed class DomainFilterType : InputObjectGraphType<DomainFilterInput>
{
    public DomainFilterType()
    {
        Name = "DomainFilter";
        Description = "Which domains to return.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys")
            .Description("Only the domains with these keys; an empty list matches nothing.");
    }
}
