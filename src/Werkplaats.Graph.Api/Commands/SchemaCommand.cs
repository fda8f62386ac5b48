using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Werkplaats.Graph.Api.Commands;

/// <summary>The schema as SDL, sorted so that it diffs well: what schema.graphql at the repository root holds.</summary>
public static class SchemaCommand
{
    public static string PrintSchema(this IServiceProvider services)
    {
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal, IncludeDescriptions = true })
            .ReplaceLineEndings("\n");
    }
}
