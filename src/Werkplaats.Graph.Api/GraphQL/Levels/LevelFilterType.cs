using GraphQL.Types;
using Werkplaats.Graph.Core.Model;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Levels;

/// <summary>The <c>LevelFilter</c> input as GraphQL.NET binds it.</summary>
public sealed class LevelFilterInput
{
    public List<LevelKey>? Keys { get; init; }

    public NodeFilter ToNodeFilter() =>
        Keys is null ? NodeFilter.Everything : new NodeFilter.KeyIn([.. Keys.Select(EnumNames.ToConstant)]);
}

/// <summary>Which levels to list.</summary>
public sealed class LevelFilterType : InputObjectGraphType<LevelFilterInput>
{
    public LevelFilterType()
    {
        Name = "LevelFilter";
        Description = "Which levels to return.";
        Field<ListGraphType<NonNullGraphType<LevelKeyType>>>("keys")
            .Description("Only these levels; an empty list matches nothing.");
    }
}
