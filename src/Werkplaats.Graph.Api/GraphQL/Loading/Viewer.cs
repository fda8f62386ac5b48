using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Api.GraphQL.Loading;

/// <summary>
/// Who is asking, as far as reading is concerned. Until callers can sign in, everyone is the public and sees
/// published knowledge only.
/// </summary>
public sealed class Viewer
{
    public Visibility Visibility { get; } = Visibility.Public;
}
