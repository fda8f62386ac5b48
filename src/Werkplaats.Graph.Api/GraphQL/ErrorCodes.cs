namespace Werkplaats.Graph.Api.GraphQL;

/// <summary>
/// The stable <c>extensions.code</c> values of this API's own errors. GraphQL.NET's parser and validation errors keep
/// their own codes (e.g. <c>SYNTAX_ERROR</c>, <c>FIELDS_ON_CORRECT_TYPE</c>); schema.graphql and README list both.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A global id that is not one this API issued.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary>A cursor that is not one this API issued for this list and order.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A field only the programme committee may read (the audit log, the deleted lessons).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A page size below 0 or above the maximum.</summary>
    public const string PageSizeOutOfRange = "PAGE_SIZE_OUT_OF_RANGE";

    /// <summary>An argument that is well-typed but not acceptable (e.g. an empty search text).</summary>
    public const string InvalidArgument = "INVALID_ARGUMENT";

    /// <summary>A node a traversal or analysis starts from does not exist, or the caller may not see it.</summary>
    public const string NodeNotFound = "NODE_NOT_FOUND";

    /// <summary>A path search would exceed its work budget.</summary>
    public const string PathSearchLimit = "PATH_SEARCH_LIMIT";

    /// <summary>The store could not answer; the request may be retried.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The request took longer than the execution timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Anything unexpected; details only in Development.</summary>
    public const string InternalError = "INTERNAL_ERROR";
}
