using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Werkplaats.Graph.Api.GraphQL;
using Werkplaats.Graph.Api.GraphQL.Execution;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.Tests.GraphQL;

public sealed class ApiErrorInfoProviderTests
{
    private static readonly ApiErrorInfoProvider _testing = Provider("Testing");

    public static TheoryData<ExecutionError, string> Errors => new()
    {
        { new TimeoutError(), ErrorCodes.Timeout },
        { new UnhandledError("Error trying to resolve field 'x'.", new GraphStoreException("down")), ErrorCodes.StoreUnavailable },
        { new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException("bug")), ErrorCodes.InternalError },
        { new ExecutionError("Not an id.") { Code = ErrorCodes.InvalidId }, ErrorCodes.InvalidId },
        { new ExecutionError("No code."), ErrorCodes.InternalError },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void EveryError_GetsOneStableCode(ExecutionError error, string code)
    {
        var info = _testing.GetInfo(error);

        Assert.Equal(code, info.Extensions!["code"]);
        Assert.False(info.Extensions.ContainsKey("codes"));
    }

    [Fact]
    public void ExceptionDetails_OnlyInDevelopment()
    {
        var error = new UnhandledError("Error trying to resolve field 'x'.", new InvalidOperationException("bug"));

        Assert.False(_testing.GetInfo(error).Extensions!.ContainsKey("details"));
        Assert.Contains("InvalidOperationException", (string)Provider(Environments.Development).GetInfo(error).Extensions!["details"]!, StringComparison.Ordinal);
    }

    private static ApiErrorInfoProvider Provider(string environment) =>
        new(new HostingEnvironment { EnvironmentName = environment });
}
