using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Common;

/// <summary>A GraphQL filter input that knows its storage port filter.</summary>
public interface INodeFilterInput
{
    NodeFilter ToNodeFilter();
}
