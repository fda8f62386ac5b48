using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Lessons;

/// <summary>Turns the <c>LessonFilter</c> input into the storage port's filter expression.</summary>
public static class LessonFilters
{
    public static NodeFilter Compile(LessonFilterInput? input)
    {
        if (input is null)
        {
            return NodeFilter.Everything;
        }

        var parts = new List<NodeFilter>();
        AddRelated(parts, input.Conditions?.Select(EnumNames.ToConstant), Hops.LessonConditions);
        AddRelated(parts, input.Levels?.Select(EnumNames.ToConstant), Hops.LessonLevels);
        AddRelated(parts, input.Issues, Hops.LessonIssues);
        AddRelated(parts, input.Domains, Hops.LessonDomains);
        AddRelated(parts, input.Practices, Hops.LessonPractices);
        AddRelated(parts, input.Actors, Hops.LessonPractices, Hops.PracticeActors);
        if (input.Scope is not null)
        {
            parts.Add(new NodeFilter.PropertyIn(NodeProperty.Scope, [.. input.Scope.Select(EnumNames.ToConstant)]));
        }

        if (input.Evidence is not null)
        {
            parts.Add(new NodeFilter.PropertyIn(NodeProperty.Evidence, [.. input.Evidence.Select(EnumNames.ToConstant)]));
        }

        if (!string.IsNullOrWhiteSpace(input.Text))
        {
            parts.Add(new NodeFilter.TextMatches(input.Text));
        }

        if (input.LearnedAfter is not null || input.LearnedBefore is not null)
        {
            parts.Add(new NodeFilter.DateBetween(NodeProperty.LearnedOn, input.LearnedAfter, input.LearnedBefore));
        }

        if (input.And is not null)
        {
            parts.Add(new NodeFilter.AllOf([.. input.And.Select(Compile)]));
        }

        if (input.Or is not null)
        {
            parts.Add(new NodeFilter.AnyOf([.. input.Or.Select(Compile)]));
        }

        if (input.Not is not null)
        {
            parts.Add(new NodeFilter.Negation(Compile(input.Not)));
        }

        return parts is [var single] ? single : new NodeFilter.AllOf(parts);
    }

    private static void AddRelated(List<NodeFilter> parts, IEnumerable<string>? keys, params Hop[] path)
    {
        if (keys is not null)
        {
            parts.Add(new NodeFilter.Related(path, [.. keys]));
        }
    }
}
