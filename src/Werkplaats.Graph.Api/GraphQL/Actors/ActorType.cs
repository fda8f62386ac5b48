using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>A party: an organisation or a group of people in one role.</summary>
public sealed class ActorType : ObjectGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "A party (partij, netwerkpartner): an organisation, or a group of people in one role, informal or formal.";
        this.ImplementNode();
        Field<NonNullGraphType<StringGraphType>>("name").Description("The party's name.")
            .Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ActorCategoryType>>("category").Description("What kind of party it is.")
            .Resolve(context => context.Source.Category);
        Field<NonNullGraphType<BooleanGraphType>>("formal").Description("True for a formal party (an organisation), false for an informal one.")
            .Resolve(context => context.Source.Formal);
        Field<StringGraphType>("description").Description("More about the party (Dutch).")
            .Resolve(context => context.Source.Description);
        Field<NonNullGraphType<BooleanGraphType>>("onProgrammeCommittee")
            .Description("True when the party sits on the programme committee, which manages the agenda and the Arenas.")
            .Resolve(context => context.Source.OnProgrammeCommittee);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("ateliers")
            .Description("The ateliers the party takes part in (PARTICIPATES_IN), in the Arena or on the Tribune.")
            .Argument<ParticipationModeType>("mode", "Only Arena or only Tribune participation; both when left out.")
            .Resolve(context =>
            {
                var mode = context.GetArgument<ParticipationMode?>("mode");
                return context.Reader().Links(context.Source.Ref, Hops.ActorIssues)
                    .Then(links => (IReadOnlyList<Relationship>)[.. links.Select(l => l.Relationship).Where(r => mode is null || r.Mode == mode)]);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueType>>>>("leads")
            .Description("The ateliers this party is trekker of (LEADS).")
            .Resolve(context => context.Reader().Neighbours<Issue>(context.Source.Ref, Hops.ActorLeads));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvolvementType>>>>("practices")
            .Description("The practices the party takes part in, with its role (INVOLVES).")
            .Resolve(context => context.Reader().Links(context.Source.Ref, Hops.ActorPractices));
    }
}
