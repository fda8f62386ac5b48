using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Conditions;
using Werkplaats.Graph.Api.GraphQL.Domains;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>A lesson learned.</summary>
public sealed class LessonType : ObjectGraphType<Lesson>
{
    public LessonType()
    {
        Name = "Lesson";
        Description = "A lesson learned (geleerde les), stated so others can use it: learned in practices, tagged with "
            + "the conditions, levels and domains it is about, and lifted from local to regional knowledge.";
        this.ImplementNode();
        Field<NonNullGraphType<StringGraphType>>("title").Description("The lesson in one line (Dutch).")
            .Resolve(context => context.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("What was learned, for whom, under which conditions (Dutch).")
            .Resolve(context => context.Source.Summary);
        Field<NonNullGraphType<LessonScopeType>>("scope").Description("Local, regional or national knowledge.")
            .Resolve(context => context.Source.Scope);
        Field<NonNullGraphType<EvidenceKindType>>("evidence").Description("What the lesson rests on.")
            .Resolve(context => context.Source.Evidence);
        Field<NonNullGraphType<DateType>>("learnedOn").Description("When the lesson was drawn.")
            .Resolve(context => context.Source.LearnedOn);
        Field<NonNullGraphType<PublicationStatusType>>("status").Description("Draft or published.")
            .Resolve(context => context.Source.Status);
        this.AuditFields("lesson");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConditionType>>>>("conditions")
            .Description("The conditions of social quality the lesson touches (TOUCHES).")
            .Resolve(context => context.Reader().Neighbours<Condition>(context.Source.Ref, Hops.LessonConditions));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelType>>>>("levels")
            .Description("The levels the lesson is about (AT_LEVEL).")
            .Resolve(context => context.Reader().Neighbours<Level>(context.Source.Ref, Hops.LessonLevels));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DomainType>>>>("domains")
            .Description("The domains the lesson is in (IN_DOMAIN).")
            .Resolve(context => context.Reader().Neighbours<Domain>(context.Source.Ref, Hops.LessonDomains));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeType>>>>("practices")
            .Description("The practices the lesson was learned in (LEARNED_IN); a regional lesson may have none of its own.")
            .Resolve(context => context.Reader().Neighbours<Practice>(context.Source.Ref, Hops.LessonPractices));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueType>>>>("issues")
            .Description("The ateliers the lesson belongs to: those of its practices, and for a lifted lesson those of the lessons it was derived from.")
            .Resolve(context => context.Reader().Neighbours<Issue>(context.Source.Ref, Hops.LessonIssues));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonType>>>>("derivedFrom")
            .Description("The lessons this one generalises (DERIVED_FROM): lifting, from local to regional knowledge.")
            .Resolve(context => context.Reader().Neighbours<Lesson>(context.Source.Ref, Hops.LessonDerivedFrom));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonType>>>>("derivedInto")
            .Description("The lessons lifted from this one (DERIVED_FROM, read backwards).")
            .Resolve(context => context.Reader().Neighbours<Lesson>(context.Source.Ref, Hops.LessonDerivedInto));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageStepType>>>>("lineage")
            .Description("The lesson's lifting tree one way, breadth first, each lesson once, with its depth.")
            .Argument<NonNullGraphType<LineageDirectionType>>("direction", "Down to sources or up to lifted lessons.")
            .Argument<IntGraphType>("maxDepth", $"How many steps at most, 1 to {GraphTraversal.MaxLineageDepth}.", a => a.DefaultValue = GraphTraversal.MaxLineageDepth)
            .ResolveAsync(async context => await context.Service<GraphTraversal>().LineageAsync(
                context.Source.Key,
                context.GetArgument<Direction>("direction"),
                context.GetArgument("maxDepth", GraphTraversal.MaxLineageDepth),
                context.Reader().Visibility,
                context.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonType>>>>("relatedLessons")
            .Description("Lessons the Arena connected with this one (RELATES_TO, either way), often across ateliers.")
            .Resolve(context => context.Reader().Neighbours<Lesson>(context.Source.Ref, Hops.LessonRelated));
    }
}
