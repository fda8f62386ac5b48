using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

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
