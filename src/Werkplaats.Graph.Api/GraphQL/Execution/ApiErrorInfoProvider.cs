using GraphQL;
using GraphQL.Execution;
using Werkplaats.Graph.Core.Storage;
using Werkplaats.Graph.Core.Traversal;

namespace Werkplaats.Graph.Api.GraphQL.Execution;

/// <summary>
/// Gives every GraphQL error a stable <c>extensions.code</c>, and keeps what clients must not see (exception messages,
/// type names, stack traces) out of the response; only Development adds the exception under <c>extensions.details</c>.
/// </summary>
public sealed class ApiErrorInfoProvider(IHostEnvironment environment) : ErrorInfoProvider(options =>
{
    // "codes" would list the inner exceptions' type names.
    options.ExposeCodes = false;
    options.ExposeData = false;
    options.ExposeExceptionDetails = environment.IsDevelopment();
    options.ExposeExceptionDetailsMode = ExposeExceptionDetailsMode.Extensions;
})
{
    private const string StoreUnavailableMessage = "The graph store is unavailable; try again later.";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        extensions["code"] = CodeOf(executionError);
        return new ErrorInfo
        {
            Message = executionError switch
            {
                _ when IsStoreFailure(executionError) => StoreUnavailableMessage,
                UnhandledError { InnerException: { } refusal } when IsRefusal(refusal) => refusal.Message,
                _ => info.Message,
            },
            Extensions = extensions,
        };
    }

    // An unhandled error's own code is derived from its exception's type name, so it is never passed on.
    private static string CodeOf(ExecutionError error) => error switch
    {
        TimeoutError => ErrorCodes.Timeout,
        _ when IsStoreFailure(error) => ErrorCodes.StoreUnavailable,
        // The domain's own refusals: their messages are written for clients.
        UnhandledError { InnerException: NodeNotFoundException } => ErrorCodes.NodeNotFound,
        UnhandledError { InnerException: PathSearchLimitException } => ErrorCodes.PathSearchLimit,
        UnhandledError { InnerException: TraversalArgumentException } => ErrorCodes.InvalidArgument,
        UnhandledError => ErrorCodes.InternalError,
        { Code: { } code } => code,
        _ => ErrorCodes.InternalError,
    };

    /// <summary>The domain's own refusals of a request (unknown node, search limit, argument out of range): the client's to mend, not failures.</summary>
    public static bool IsRefusal(Exception exception) =>
        exception is NodeNotFoundException or PathSearchLimitException or TraversalArgumentException;

    private static bool IsStoreFailure(ExecutionError error) => error is UnhandledError { InnerException: GraphStoreException };
}
