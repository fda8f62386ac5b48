using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>The audit fields every node written through the API has.</summary>
public static class AuditFieldExtensions
{
    /// <summary>Adds createdBy, createdAt, changedBy and changedAt, read from the write port's audit trail in batches.</summary>
    public static void AuditFields<T>(this ObjectGraphType<T> type, string noun)
        where T : GraphNode
    {
        type.Field<AuthorType>("createdBy").Description($"Who created the {noun} through the API; null for one from graph-seed.")
            .Resolve(context => context.Reader().Audit(context.Source.Ref).Then(audit => audit?.CreatedBy));
        type.Field<DateTimeOffsetGraphType>("createdAt").Description($"When the {noun} was created through the API; null for one from graph-seed.")
            .Resolve(context => context.Reader().Audit(context.Source.Ref).Then(audit => audit?.CreatedAt));
        type.Field<AuthorType>("changedBy").Description($"Who last wrote the {noun}, its properties or its connections through the API; null when no one has.")
            .Resolve(context => context.Reader().Audit(context.Source.Ref).Then(audit => audit?.ChangedBy));
        type.Field<DateTimeOffsetGraphType>("changedAt").Description($"When the {noun} was last written through the API; null when it never was.")
            .Resolve(context => context.Reader().Audit(context.Source.Ref).Then(audit => audit?.ChangedAt));
    }
}

/// <summary>Who wrote something.</summary>
public sealed class AuthorType : ObjectGraphType<ChangeAuthor>
{
    public AuthorType()
    {
        Name = "Author";
        Description = "Who wrote a change: the actor the token named, and the person when the token gave a name.";
        Field<NonNullGraphType<StringGraphType>>("actorKey").Description("The key of the actor that wrote the change.")
            .Resolve(context => context.Source.ActorKey);
        Field<ActorType>("actor").Description("The actor that wrote the change, as the graph now has it.")
            .Resolve(context => context.Reader().Node<Actor>(new NodeRef(NodeKind.Actor, context.Source.ActorKey)));
        Field<StringGraphType>("name").Description("The person's name from the token, if it gave one.")
            .Resolve(context => context.Source.PersonName);
    }
}
