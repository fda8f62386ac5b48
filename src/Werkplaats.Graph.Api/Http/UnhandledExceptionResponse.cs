using GraphQL.Execution;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// The last line of defence: an exception that escapes every endpoint becomes a 500 GraphQL response with code
/// <c>INTERNAL_ERROR</c> (the exception handler middleware has logged it); details only in Development.
/// </summary>
public static class UnhandledExceptionResponse
{
    private const string Message = "An unexpected error occurred.";

    public static Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.GetRequiredFeature<IExceptionHandlerFeature>().Error;
        var writer = context.RequestServices.GetRequiredService<GraphQLResponseWriter>();
        return writer.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, new UnhandledError(Message, exception));
    }
}
