using Microsoft.Extensions.DependencyInjection;
using Werkplaats.Graph.Api.Commands;

namespace Werkplaats.Graph.Api.Tests.Queries;

/// <summary>schema.graphql is the documentation partners read: it must be the schema the API serves.</summary>
public sealed class SchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SchemaFile_EqualsThePrintedRuntimeSchema()
    {
        var file = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "schema.graphql"));

        Assert.True(
            file == factory.Services.PrintSchema(),
            "schema.graphql differs from the runtime schema; regenerate it with "
            + "`dotnet run --project src/Werkplaats.Graph.Api -- schema schema.graphql` and review the diff.");
    }

    [Fact]
    public void EveryTypeAndField_HasADescription()
    {
        var schema = factory.Services.GetRequiredService<global::GraphQL.Types.ISchema>();
        schema.Initialize();
        var undocumented = schema.AllTypes
            .Where(t => t.GetType().Assembly != typeof(global::GraphQL.Types.ISchema).Assembly)
            .SelectMany(t => (string.IsNullOrWhiteSpace(t.Description) ? [t.Name] : Array.Empty<string>())
                .Concat(t is global::GraphQL.Types.IComplexGraphType complex
                    ? complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{t.Name}.{f.Name}")
                    : []))
            .ToList();

        Assert.Empty(undocumented);
    }
}
