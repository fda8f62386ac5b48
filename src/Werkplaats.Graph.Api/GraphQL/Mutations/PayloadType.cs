using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Writing;

namespace Werkplaats.Graph.Api.GraphQL.Mutations;

/// <summary>What every mutation payload has: the errors saying why nothing was written.</summary>
public abstract class PayloadType : ObjectGraphType<WriteResult>
{
    protected PayloadType(string name, string written)
    {
        Name = name;
        Description = $"The result of {char.ToLowerInvariant(name[0])}{name[1..^"Payload".Length]}: {written}, or errors saying why nothing was written.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MutationErrorType>>>>("errors")
            .Description("Why nothing was written; empty on success.")
            .Resolve(context => context.Source.Errors);
    }
}

/// <summary>A payload that carries the node written, as the caller now sees it.</summary>
public abstract class NodePayloadType<TNodeType, TNode> : PayloadType
    where TNodeType : IGraphType
    where TNode : GraphNode
{
    protected NodePayloadType(string name, string field, NodeKind kind, string written)
        : base(name, written) =>
        Field<TNodeType>(field).Description($"{char.ToUpperInvariant(written[0])}{written[1..]}; null when there are errors.")
            .Resolve(context => context.Source.Key is { } key ? context.Reader().Node<TNode>(new NodeRef(kind, key)) : null);
}
