using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Nodes;

/// <summary>What every node type shares: the Node interface and its id, and the key.</summary>
public static class NodeTypeExtensions
{
    /// <summary>Implements Node and adds <c>id</c>; <c>key</c> too, for kinds whose key is a slug.</summary>
    public static void ImplementNode<T>(this ObjectGraphType<T> type, bool slugKey = true)
        where T : GraphNode
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The node's global id: opaque, stable, and unique across all kinds.")
            .Resolve(context => GlobalId.Of(context.Source.Ref));
        if (slugKey)
        {
            type.Field<NonNullGraphType<StringGraphType>>("key")
                .Description("A stable, human-readable slug, unique within the kind (e.g. `armoede-en-schulden`).")
                .Resolve(context => context.Source.Key);
        }
    }

    /// <summary>A text field in Dutch (default) or English.</summary>
    public static void LocalizedField<T>(
        this ObjectGraphType<T> type, string name, string description, Func<T, LocalizedText> text, bool nullable = false)
    {
        var builder = nullable
            ? type.Field<StringGraphType>(name)
            : type.Field<NonNullGraphType<StringGraphType>>(name);
        builder
            .Description($"{description} Dutch by default; English where an English text exists, else Dutch.")
            .Argument<NonNullGraphType<LanguageType>>("lang", "The language to return.", arg => arg.DefaultValue = Language.Nl)
            .Resolve(context => text(context.Source).In(context.GetArgument<Language>("lang")));
    }
}
