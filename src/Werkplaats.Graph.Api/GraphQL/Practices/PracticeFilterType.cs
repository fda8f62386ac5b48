using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Api.GraphQL.Levels;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Practices;

/// <summary>The <c>PracticeFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class PracticeFilterInput : INodeFilterInput
{
    public List<string>? Keys { get; init; }

    public List<string>? Issues { get; init; }

    public List<string>? Domains { get; init; }

    public List<LevelKey>? Levels { get; init; }

    public List<string>? Actors { get; init; }

    public List<string>? Municipalities { get; init; }

    public List<PracticeStatus>? Status { get; init; }

    public string? Text { get; init; }

    public NodeFilter ToNodeFilter()
    {
        List<NodeFilter?> parts =
        [
            Keys is null ? null : new NodeFilter.KeyIn(Keys),
            Issues is null ? null : new NodeFilter.Related([Hops.PracticeIssues], Issues),
            Domains is null ? null : new NodeFilter.Related([Hops.PracticeDomains], Domains),
            Levels is null ? null : new NodeFilter.Related([Hops.PracticeLevels], [.. Levels.Select(EnumNames.ToConstant)]),
            Actors is null ? null : new NodeFilter.Related([Hops.PracticeActors], Actors),
            Municipalities is null ? null : new NodeFilter.PropertyIn(NodeProperty.Municipality, Municipalities),
            Status is null ? null : new NodeFilter.PropertyIn(NodeProperty.Status, [.. Status.Select(EnumNames.ToConstant)]),
            string.IsNullOrWhiteSpace(Text) ? null : new NodeFilter.TextMatches(Text),
        ];
        return new NodeFilter.AllOf([.. parts.OfType<NodeFilter>()]);
    }
}

/// <summary>Which practices to list.</summary>
public sealed class PracticeFilterType : InputObjectGraphType<PracticeFilterInput>
{
    private const string AnyOf = "A list means any of its values; an empty list matches nothing.";

    public PracticeFilterType()
    {
        Name = "PracticeFilter";
        Description = "Which practices to return. Fields combine with AND.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys").Description($"Practices with these keys. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("issues").Description($"Practices serving one of these ateliers (issue keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("domains").Description($"Practices in one of these domains (domain keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("levels").Description($"Practices working at one of these levels. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actors").Description($"Practices involving one of these actors (actor keys). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("municipalities").Description($"Practices in one of these municipalities, as written (e.g. `Nijmegen`). {AnyOf}");
        Field<ListGraphType<NonNullGraphType<PracticeStatusType>>>("status").Description($"Practices in one of these states. {AnyOf}");
        Field<StringGraphType>("text").Description("Practices whose name, description or place contains every word (as `search` matches).");
    }
}
