using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Werkplaats.Graph.Storage.Neo4j.Tests.Neo4jTestFramework", "Werkplaats.Graph.Storage.Neo4j.Tests")]

namespace Werkplaats.Graph.Storage.Neo4j.Tests;

/// <summary>
/// xunit's framework, except that without a configured Neo4j server every test of
/// <see cref="Neo4jGraphStoreContractTests"/> reports skipped with the reason <see cref="Neo4jServer.NotConfigured"/>:
/// the contract's tests are declared in the shared suite, so their attributes cannot say it.
/// </summary>
public sealed class Neo4jTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnostics)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnostics)
    {
        protected override bool FindTestsForType(
            ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions) =>
            Neo4jServer.SkipReason is { } reason && testClass.Class.Name == typeof(Neo4jGraphStoreContractTests).FullName
                ? base.FindTestsForType(testClass, includeSourceInformation, new SkippingBus(messageBus, reason, DiagnosticMessageSink), discoveryOptions)
                : base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
    }

    /// <summary>Passes discovered tests on as skipped tests with the reason; the bus it wraps stays open.</summary>
    private sealed class SkippingBus(IMessageBus inner, string reason, IMessageSink diagnostics) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message) => inner.QueueMessage(
            message is ITestCaseDiscoveryMessage discovered
                ? new TestCaseDiscoveryMessage(new XunitSkippedDataRowTestCase(
                    diagnostics, TestMethodDisplay.ClassAndMethod, TestMethodDisplayOptions.None,
                    discovered.TestCase.TestMethod, reason, discovered.TestCase.TestMethodArguments))
                : message);

        public void Dispose()
        {
        }
    }
}
