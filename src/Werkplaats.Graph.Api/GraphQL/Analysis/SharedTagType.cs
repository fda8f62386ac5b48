using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A condition, level or domain that two ateliers share, as evidence of how they connect.</summary>
public abstract class SharedTagType<TNodeType, TNode> : ObjectGraphType<SharedTagView>
    where TNodeType : IGraphType
    where TNode : GraphNode
{
    protected SharedTagType(string name, string what)
    {
        Name = $"Shared{name}";
        Description = $"A {what} that both ateliers have lessons on, with those lessons on each side.";
        Field<NonNullGraphType<TNodeType>>(what).Description($"The {what}.")
            .Resolve(context => context.Reader().Node<TNode>(context.Source.Node));
        Field<NonNullGraphType<IntGraphType>>("countInA").Description("How many lessons (and, for domains, practices) of atelier a.")
            .Resolve(context => checked((int)context.Source.Tag.InA));
        Field<NonNullGraphType<IntGraphType>>("countInB").Description("How many lessons (and, for domains, practices) of atelier b.")
            .Resolve(context => checked((int)context.Source.Tag.InB));
        this.LessonsField($"The lessons of atelier a on this {what}.", tag => tag.LessonsOf(tag.A), "lessonsInA");
        this.LessonsField($"The lessons of atelier b on this {what}.", tag => tag.LessonsOf(tag.B), "lessonsInB");
    }
}
