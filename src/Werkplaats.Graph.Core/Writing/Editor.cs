using Werkplaats.Graph.Core.Access;
using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Core.Writing;

/// <summary>A signed-in caller who asks to write: who it is (for the audit trail), what it may write and what it sees.</summary>
public sealed record Editor(ChangeAuthor Author, WriteAccess Access, Visibility Visibility);
