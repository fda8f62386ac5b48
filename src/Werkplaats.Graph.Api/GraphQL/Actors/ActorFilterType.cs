using GraphQL.Types;
using Werkplaats.Graph.Api.GraphQL.Common;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Actors;

/// <summary>The <c>ActorFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class ActorFilterInput : INodeFilterInput
{
    public List<string>? Keys { get; init; }

    public List<ActorCategory>? Categories { get; init; }

    public bool? Formal { get; init; }

    public bool? OnProgrammeCommittee { get; init; }

    public List<string>? Issues { get; init; }

    public string? Text { get; init; }

    public NodeFilter ToNodeFilter()
    {
        List<NodeFilter?> parts =
        [
            Keys is null ? null : new NodeFilter.KeyIn(Keys),
            Categories is null ? null : new NodeFilter.PropertyIn(NodeProperty.Category, [.. Categories.Select(EnumNames.ToConstant)]),
            Formal is { } formal ? new NodeFilter.FlagIs(NodeProperty.Formal, formal) : null,
            OnProgrammeCommittee is { } committee ? new NodeFilter.FlagIs(NodeProperty.OnProgrammeCommittee, committee) : null,
            Issues is null ? null : new NodeFilter.Related([Hops.ActorIssues], Issues),
            string.IsNullOrWhiteSpace(Text) ? null : new NodeFilter.TextMatches(Text),
        ];
        return new NodeFilter.AllOf([.. parts.OfType<NodeFilter>()]);
    }
}

/// <summary>Which actors to list.</summary>
public sealed class ActorFilterType : InputObjectGraphType<ActorFilterInput>
{
    private const string AnyOf = "A list means any of its values; an empty list matches nothing.";

    public ActorFilterType()
    {
        Name = "ActorFilter";
        Description = "Which actors to return. Fields combine with AND.";
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("keys").Description($"Actors with these keys. {AnyOf}");
        Field<ListGraphType<NonNullGraphType<ActorCategoryType>>>("categories").Description($"Actors of one of these categories. {AnyOf}");
        Field<BooleanGraphType>("formal").Description("Only formal (true) or only informal (false) parties.");
        Field<BooleanGraphType>("onProgrammeCommittee").Description("Only parties on (true) or off (false) the programme committee.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("issues")
            .Description($"Actors taking part (Arena or Tribune) in one of these ateliers (issue keys). {AnyOf}");
        Field<StringGraphType>("text").Description("Actors whose name or description contains every word (as `search` matches).");
    }
}
