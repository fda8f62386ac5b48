using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.Benchmarks;
using Werkplaats.Graph.Api.Catalogue;
using Werkplaats.Graph.Api.Export;
using Werkplaats.Graph.Api.GraphQL.Execution;
using Werkplaats.Graph.Api.GraphQL.Loading;
using Werkplaats.Graph.Api.GraphQL.Mutations;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>Registers the GraphQL schema and execution with its guard rails, and maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLExtensions
{
    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>()
            .BindConfiguration(GraphQLOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddGraphReading();
        builder.Services.AddGraphWriting();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<WerkplaatsSchema>()
            .AddGraphTypes(typeof(WerkplaatsSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .ConfigureExecutionOptions(options =>
            {
                var limits = options.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                options.Timeout = TimeSpan.FromSeconds(limits.TimeoutSeconds);
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            })
            .ConfigureExecution<DocumentCache>());

        builder.Services.AddSingleton<GraphQLRequestReader>();
        builder.Services.AddSingleton<GraphQLRequestExecutor>();
        builder.Services.AddSingleton<GraphQLResponseWriter>();
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        // Anything that escapes an endpoint (here or in health) still gets a GraphQL error body, never a stack trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = UnhandledExceptionResponse.WriteAsync });
        app.UsePartnerLimits();
        app.UseViewer();
        app.MapGraphQLHttpEndpoint();
        PlainEndpointStartup.MapRoutedPlainEndpoint(app);
        app.MapQueryCatalogue();
        app.MapExports();
        return app;
    }
}
