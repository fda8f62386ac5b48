using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Domains;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;

using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>A learning practice.</summary>
public sealed class PracticeType : ObjectGraphType<Practice>
{
    public PracticeType()
    {
        Name = "Practice";
        Description = "A learning practice (lerende praktijk): a concrete place or project where an atelier works, "
            + "evaluates and learns.";
        this.ImplementNode();
        Field<NonNullGraphType<StringGraphType>>("name").Description("The practice's name (Dutch).")
            .Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What happens in the practice (Dutch).")
            .Resolve(context => context.Source.Description);
        Field<NonNullGraphType<StringGraphType>>("place").Description("The wijk or dorp where it happens.")
            .Resolve(context => context.Source.Place);
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("The municipality of that place.")
            .Resolve(context => context.Source.Municipality);
        Field<NonNullGraphType<PracticeStatusType>>("status").Description("Planned, running or completed.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<DateType>>("startedOn").Description("When the practice started (or starts).")
            .Resolve(context => context.Source.StartedOn);
        Field<DateType>("endedOn").Description("When the practice ended; null while it runs.")
            .Resolve(context => context.Source.EndedOn);
        this.AuditFields("practice");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueType>>>>("issues")
            .Description("The ateliers this practice serves (PART_OF); a practice may serve several.")
            .Resolve(context => context.Reader().Neighbours<Issue>(context.Source.Ref, Hops.PracticeIssues));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DomainType>>>>("domains")
            .Description("The domains of the practice (IN_DOMAIN).")
            .Resolve(context => context.Reader().Neighbours<Domain>(context.Source.Ref, Hops.PracticeDomains));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelType>>>>("levels")
            .Description("The levels the practice works at (AT_LEVEL).")
            .Resolve(context => context.Reader().Neighbours<Level>(context.Source.Ref, Hops.PracticeLevels));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvolvementType>>>>("actors")
            .Description("The parties taking part, with their role (INVOLVES).")
            .Resolve(context => context.Reader().Links(context.Source.Ref, Hops.PracticeActors));
        this.LessonsField("The lessons learned in this practice.", p => NodeLists.Reaching(Hops.LessonPractices, p.Key));
    }
}
