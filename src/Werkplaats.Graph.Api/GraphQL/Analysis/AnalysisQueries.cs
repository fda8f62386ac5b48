using GraphQL;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>The root fields for the network's own views: the matrix, atelier links, bridging partners, lifted lessons.</summary>
public static class AnalysisQueries
{
    public static void AddAnalysisQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MatrixType>>("socialQualityMatrix")
            .Description("How the lessons that match a filter spread over the 4 conditions x 8 levels, with blind spots and totals.")
            .Argument<LessonFilterType>("where", "Which lessons to count; all (that you may see) when left out.")
            .ResolveAsync(async context => await context.Service<SocialQualityMatrix>().BuildAsync(
                context.GetArgument<LessonFilterInput?>("where")?.ToNodeFilter() ?? NodeFilter.Everything,
                context.Reader().Visibility,
                context.CancellationToken));

        query.Field<NonNullGraphType<IssueLinksType>>("issueLinks")
            .Description("How two ateliers are connected, with evidence.")
            .Argument<NonNullGraphType<StringGraphType>>("a", "The key of one atelier (issue).")
            .Argument<NonNullGraphType<StringGraphType>>("b", "The key of the other atelier (issue).")
            .ResolveAsync(async context => await context.Service<IssueLinks>().FindAsync(
                context.GetArgument<string>("a"),
                context.GetArgument<string>("b"),
                context.Reader().Visibility,
                context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgingPartnerType>>>>("bridgingPartners")
            .Description("Partners in the Arena (or on the Tribune) of at least `minAteliers` ateliers, most-bridging first.")
            .Argument<NonNullGraphType<ParticipationModeType>>("mode", "Arena or Tribune.", a => a.DefaultValue = ParticipationMode.Arena)
            .Argument<NonNullGraphType<IntGraphType>>("minAteliers", "In at least this many ateliers (2 or more).", a => a.DefaultValue = 2)
            .ResolveAsync(async context =>
            {
                var minAteliers = context.GetArgument<int>("minAteliers");
                if (minAteliers < 2)
                {
                    throw new ExecutionError($"minAteliers must be 2 or more; it was {minAteliers}.") { Code = ErrorCodes.InvalidArgument };
                }

                return await context.Service<BridgingPartners>().FindAsync(
                    context.GetArgument<ParticipationMode>("mode"), minAteliers, context.Reader().Visibility, context.CancellationToken);
            });

        query.LessonsField(
            "Lessons lifted to regional or national knowledge; `issues` on each names the ateliers it draws from, "
                + "`derivedFrom` the lessons it generalises.",
            _ => new NodeFilter.PropertyIn(NodeProperty.Scope, [EnumNames.ToConstant(LessonScope.Regional), EnumNames.ToConstant(LessonScope.National)]),
            "regionalLessons");
    }
}
