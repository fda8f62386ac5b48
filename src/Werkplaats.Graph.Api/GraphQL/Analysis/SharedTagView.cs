using Werkplaats.Graph.Core.Analysis;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Analysis;

/// <summary>A condition, level or domain two ateliers share, with what is needed to list each side's lessons.</summary>
public sealed record SharedTagView(SharedTag Tag, NodeKind Kind, Hop FromLesson, string A, string B)
{
    public NodeRef Node => new(Kind, Tag.Key);

    public NodeFilter LessonsOf(string issue) => new NodeFilter.AllOf(
    [
        new NodeFilter.Related([Hops.LessonIssues], [issue]),
        new NodeFilter.Related([FromLesson], [Tag.Key]),
    ]);
}
