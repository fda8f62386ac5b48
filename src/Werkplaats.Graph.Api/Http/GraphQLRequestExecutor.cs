using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Werkplaats.Graph.Api.GraphQL.Execution;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// Runs one GraphQL request of an HTTP exchange on the schema under the limits of its kind of caller, logging each
/// unhandled resolver error once (the domain's refusals of a request are answers, not errors to log).
/// </summary>
public sealed partial class GraphQLRequestExecutor
{
    private readonly IDocumentExecuter<WerkplaatsSchema> _executer;
    private readonly ILogger<GraphQLRequestExecutor> _logger;
    private readonly Dictionary<(QueryLimit, bool IsGet), IValidationRule[]> _rules = [];

    public GraphQLRequestExecutor(
        IDocumentExecuter<WerkplaatsSchema> executer, IOptions<GraphQLOptions> options, ILogger<GraphQLRequestExecutor> logger)
    {
        (_executer, _logger) = (executer, logger);
        var limits = options.Value;
        var complexity = new Dictionary<QueryLimit, IValidationRule>
        {
            [QueryLimit.Standard] = new CallerComplexityRule(
                ComplexityLimits.Create(limits.MaxDepth, limits.MaxComplexity), "on this endpoint"),
            [QueryLimit.Anonymous] = new CallerComplexityRule(
                ComplexityLimits.Create(limits.Anonymous.MaxDepth, limits.Anonymous.MaxComplexity),
                "for anonymous queries outside the catalogue (sign in, or use a catalogue query)"),
        };
        foreach (var (limit, rule) in complexity)
        {
            _rules[(limit, false)] = [.. DocumentValidator.CoreRules, rule];
            _rules[(limit, true)] = [.. DocumentValidator.CoreRules, rule, QueriesOnlyOverGetRule.Instance];
        }
    }

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, HttpContext context, QueryLimit limit = QueryLimit.Standard) =>
        _executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ValidationRules = _rules[(limit, HttpMethods.IsGet(context.Request.Method))],
            UnhandledExceptionDelegate = unhandled =>
            {
                if (!ApiErrorInfoProvider.IsRefusal(unhandled.OriginalException))
                {
                    LogUnhandled(_logger, unhandled.OriginalException, Activity.Current?.Id ?? context.TraceIdentifier);
                }

                return Task.CompletedTask;
            },
        });

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error while executing a GraphQL request (trace id {TraceId})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}

/// <summary>Which depth and complexity limits a request runs under.</summary>
public enum QueryLimit
{
    /// <summary><c>GraphQL:MaxDepth</c> and <c>GraphQL:MaxComplexity</c>: signed-in callers and catalogue queries.</summary>
    Standard,

    /// <summary><c>GraphQL:Anonymous</c>: the queries anonymous callers write themselves.</summary>
    Anonymous,
}
