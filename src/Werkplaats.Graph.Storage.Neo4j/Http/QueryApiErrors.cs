using Werkplaats.Graph.Core.Storage;

namespace Werkplaats.Graph.Storage.Neo4j.Http;

/// <summary>
/// The adapter boundary for failures: what Neo4j or the network says becomes a <see cref="GraphStoreException"/> whose
/// message is ours. Neo4j's own code and text travel only in the inner <see cref="Neo4jServerException"/>, for logs.
/// </summary>
internal static class QueryApiErrors
{
    public const string TransientPrefix = "Neo.TransientError.";

    public static GraphStoreException FromServer(QueryError error, string database)
    {
        var inner = new Neo4jServerException(error.Code, error.Message);
        return error.Code switch
        {
            _ when error.Code.EndsWith(".ConstraintValidationFailed", StringComparison.Ordinal) =>
                new(StoreErrorKind.Conflict, "The change conflicts with data in the graph store.", inner),
            _ when error.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Credentials(inner),
            "Neo.ClientError.Database.DatabaseNotFound" =>
                new(StoreErrorKind.Unavailable, $"The Neo4j database '{database}' does not exist; check Neo4j:Database.", inner),
            _ when error.Code.StartsWith(TransientPrefix, StringComparison.Ordinal) =>
                new(StoreErrorKind.Timeout, "Neo4j is busy; try again.", inner),
            _ => new(StoreErrorKind.Unavailable, "Neo4j rejected a statement of the graph store.", inner),
        };
    }

    public static GraphStoreException Credentials(Exception? inner = null) => new(
        StoreErrorKind.Unavailable,
        "Neo4j refused the credentials; check Neo4j:User and Neo4j:Password, or Neo4j:Token.",
        inner);

    public static GraphStoreException Unreachable(Uri? server, Exception inner) =>
        new(StoreErrorKind.Unavailable, $"Neo4j cannot be reached at {server}.", inner);

    public static GraphStoreException TimedOut(Exception inner) =>
        new(StoreErrorKind.Timeout, "Neo4j did not answer in time (Neo4j:TimeoutSeconds).", inner);

    public static GraphStoreException NotQueryApi(int status) => new(
        StoreErrorKind.Unavailable,
        $"Neo4j answered HTTP {status} without a Query API response; is Neo4j:Uri the server's HTTP address (Neo4j 5.19 or later)?");

    public static bool IsTransient(GraphStoreException exception) =>
        exception.InnerException is Neo4jServerException server && server.Code.StartsWith(TransientPrefix, StringComparison.Ordinal);
}

/// <summary>An error Neo4j reported: its status code and message, kept for logs and never shown to API clients.</summary>
public sealed class Neo4jServerException : Exception
{
    public Neo4jServerException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    public Neo4jServerException()
        : this("", "")
    {
    }

    public Neo4jServerException(string message)
        : this("", message)
    {
    }

    public Neo4jServerException(string message, Exception innerException)
        : base(message, innerException) => Code = "";

    /// <summary>The Neo4j status code, e.g. <c>Neo.ClientError.Schema.ConstraintValidationFailed</c>.</summary>
    public string Code { get; }
}
