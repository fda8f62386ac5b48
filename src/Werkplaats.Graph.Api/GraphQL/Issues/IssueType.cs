using GraphQL.DataLoader;
using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Actors;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Lessons;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Nodes;
using Werkplaats.Graph.Api.GraphQL.Practices;
using Werkplaats.Graph.Api.GraphQL.Relay;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Issues;

/// <summary>A social issue and its learning atelier.</summary>
public sealed class IssueType : ObjectGraphType<Issue>
{
    public IssueType()
    {
        Name = "Issue";
        Description = "A social issue (sociale kwestie), worked on in one learning atelier (leeratelier). The issue is "
            + "the occasion; the work is on the four conditions of social quality. The agenda is dynamic.";
        this.ImplementNode();
        this.LocalizedField("name", "The issue's name.", i => i.Name);
        this.LocalizedField("description", "What the atelier works on.", i => i.Description);
        Field<NonNullGraphType<IssueStatusType>>("status").Description("Active, merged or retired.")
            .Resolve(context => context.Source.Status);
        Field<NonNullGraphType<DateType>>("startedOn").Description("When the atelier started.")
            .Resolve(context => context.Source.StartedOn);
        Field<DateType>("endedOn").Description("When the atelier ended or merged; null while active.")
            .Resolve(context => context.Source.EndedOn);
        this.AuditFields("issue");
        Field<ActorType>("trekker")
            .Description("The researcher who leads the atelier (LEADS): collects the lessons and lifts them to regional knowledge.")
            .Resolve(context => context.Reader().Neighbours<Actor>(context.Source.Ref, Hops.IssueTrekker)
                .Then(trekkers => trekkers.Count > 0 ? trekkers[0] : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("arena")
            .Description("The partners acting in the atelier's Arena: working, evaluating and learning together.")
            .Resolve(context => Participants(context.Reader(), context.Source, ParticipationMode.Arena));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipationType>>>>("tribune")
            .Description("The partners following the atelier from the Tribune.")
            .Resolve(context => Participants(context.Reader(), context.Source, ParticipationMode.Tribune));
        Field<IssueType>("mergedInto").Description("The issue this one was merged into (MERGED_INTO), if any.")
            .Resolve(context => context.Reader().Neighbours<Issue>(context.Source.Ref, Hops.IssueMergedInto)
                .Then(issues => issues.Count > 0 ? issues[0] : null));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IssueType>>>>("mergedFrom")
            .Description("The issues that were merged into this one.")
            .Resolve(context => context.Reader().Neighbours<Issue>(context.Source.Ref, Hops.IssueMergedFrom));
        this.PracticesField("The atelier's learning practices.", i => NodeLists.Reaching(Hops.PracticeIssues, i.Key));
        this.LessonsField(
            "The atelier's lessons: learned in its practices, or lifted from such lessons.",
            i => NodeLists.Reaching(Hops.LessonIssues, i.Key));
    }

    private static IDataLoaderResult<IReadOnlyList<Relationship>> Participants(
        GraphReader reader, Issue issue, ParticipationMode mode) =>
        reader.Links(issue.Ref, Hops.IssueParticipants)
            .Then(links => (IReadOnlyList<Relationship>)[.. links.Select(l => l.Relationship).Where(r => r.Mode == mode)]);
}
