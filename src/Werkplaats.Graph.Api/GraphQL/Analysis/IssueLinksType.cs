using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Issues;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Api.GraphQL.Traversal;
using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>How two ateliers connect.</summary>
public sealed class IssueLinksType : ObjectGraphType<IssueConnection>
{
    public IssueLinksType()
    {
        Name = "IssueLinks";
        Description = "How two ateliers are connected, with evidence that can be checked lesson by lesson: what they "
            + $"both work on, who takes part in both, and how their lessons link. Lists hold at most {IssueLinks.MaxEvidence} items.";
        Field<NonNullGraphType<IssueType>>("a").Description("The first atelier.").Resolve(context => context.Source.A);
        Field<NonNullGraphType<IssueType>>("b").Description("The second atelier.").Resolve(context => context.Source.B);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedConditionType>>>>("conditions")
            .Description("Conditions both ateliers have lessons on.")
            .Resolve(context => Views(context.Source, context.Source.Conditions, NodeKind.Condition, Hops.LessonConditions));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedLevelType>>>>("levels")
            .Description("Levels both ateliers have lessons on.")
            .Resolve(context => Views(context.Source, context.Source.Levels, NodeKind.Level, Hops.LessonLevels));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedDomainType>>>>("domains")
            .Description("Domains both ateliers have lessons or practices in.")
            .Resolve(context => Views(context.Source, context.Source.Domains, NodeKind.Domain, Hops.LessonDomains));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedPartnerType>>>>("partners")
            .Description("Partners taking part in both ateliers, and how (Arena or Tribune) in each.")
            .Resolve(context => context.Source.Partners);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonPairType>>>>("relatedLessons")
            .Description("RELATES_TO links between a lesson of a and a lesson of b.")
            .Resolve(context => context.Source.RelatedLessons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LessonType>>>>("regionalLessons")
            .Description("Lifted lessons derived from lessons of both ateliers.")
            .Resolve(context => context.Source.RegionalLessons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PracticeType>>>>("practices")
            .Description("Learning practices that serve both ateliers.")
            .Resolve(context => context.Source.Practices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths")
            .Description("The shortest paths between the two ateliers' nodes, as `paths` finds them.")
            .Argument<IntGraphType>("maxLength", $"The longest path, 1 to {GraphTraversal.MaxPathLength}.", a => a.DefaultValue = TraversalArguments.DefaultMaxLength)
            .Argument<IntGraphType>("first", $"How many paths, 1 to {GraphTraversal.MaxPaths}.", a => a.DefaultValue = TraversalArguments.DefaultPaths)
            .ResolveAsync(async context => await context.Service<GraphTraversal>().ShortestPathsAsync(
                new PathQuery(
                    context.Source.A.Ref,
                    context.Source.B.Ref,
                    context.GetArgument("maxLength", TraversalArguments.DefaultMaxLength),
                    null,
                    context.GetArgument("first", TraversalArguments.DefaultPaths),
                    context.Reader().Visibility),
                context.CancellationToken));
    }

    private static IEnumerable<SharedTagView> Views(IssueConnection connection, IEnumerable<SharedTag> tags, NodeKind kind, Hop fromLesson) =>
        tags.Select(tag => new SharedTagView(tag, kind, fromLesson, connection.A.Key, connection.B.Key));
}
