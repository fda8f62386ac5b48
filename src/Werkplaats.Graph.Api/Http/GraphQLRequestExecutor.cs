using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;

namespace Werkplaats.Graph.Api.Http;

/// <summary>Runs one GraphQL request of an HTTP exchange on the schema, logging each unhandled resolver error once.</summary>
public sealed partial class GraphQLRequestExecutor(
    IDocumentExecuter<WerkplaatsSchema> executer, ILogger<GraphQLRequestExecutor> logger)
{
    private static readonly IValidationRule[] _getRules = [.. DocumentValidator.CoreRules, QueriesOnlyOverGetRule.Instance];

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, HttpContext context) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ValidationRules = HttpMethods.IsGet(context.Request.Method) ? _getRules : null,
            UnhandledExceptionDelegate = unhandled =>
            {
                LogUnhandled(logger, unhandled.OriginalException, Activity.Current?.Id ?? context.TraceIdentifier);
                return Task.CompletedTask;
            },
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while executing a GraphQL request (trace id {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}
