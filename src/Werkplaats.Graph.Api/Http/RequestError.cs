namespace Werkplaats.Graph.Api.Http;

/// <summary>A request that is refused before any GraphQL runs: its HTTP status and the one error the body carries.</summary>
public sealed record RequestError(int StatusCode, string Code, string Message)
{
    /// <summary>The methods the endpoint serves for this request, sent as the Allow header of a 405.</summary>
    public string? Allow { get; init; }

    /// <summary>The WWW-Authenticate challenge of a 401.</summary>
    public string? Challenge { get; init; }
}

/// <summary>The request errors of the GraphQL endpoint, with their stable <c>extensions.code</c> values.</summary>
public static class RequestErrors
{
    public static readonly RequestError MethodNotAllowed = new(
        StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Send GraphQL requests with GET or POST.")
    { Allow = "GET, POST" };

    public static readonly RequestError MutationOverGet = new(
        StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Only queries can be sent with GET; send mutations with POST.")
    { Allow = "POST" };

    public static readonly RequestError NotAcceptable = new(
        StatusCodes.Status406NotAcceptable,
        "NOT_ACCEPTABLE",
        "The Accept header allows neither application/graphql-response+json nor application/json.");

    public static readonly RequestError UnsupportedMediaType = new(
        StatusCodes.Status415UnsupportedMediaType,
        "UNSUPPORTED_MEDIA_TYPE",
        "Send a POST body as application/json in UTF-8.");

    public static readonly RequestError InvalidJson = new(
        StatusCodes.Status400BadRequest, "INVALID_JSON", "The request body is not valid JSON.");

    public static readonly RequestError MissingQuery = new(
        StatusCodes.Status400BadRequest, "MISSING_QUERY", "The request has no query.");

    public static RequestError TooLarge(int maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"The request body is larger than {maxBytes} bytes.");

    public static RequestError InvalidJsonParameter(string name) => new(
        StatusCodes.Status400BadRequest, "INVALID_JSON", $"The {name} parameter is not valid JSON.");

    public static readonly RequestError InvalidVariables = new(
        StatusCodes.Status400BadRequest, "INVALID_VARIABLES", "The variables must be a JSON object.");

    public static RequestError NotAnObject(string name) => new(
        StatusCodes.Status400BadRequest, "INVALID_REQUEST", $"The {name} must be a JSON object.");

    public static RequestError NotAString(string name) => new(
        StatusCodes.Status400BadRequest, "INVALID_REQUEST", $"The {name} must be a string.");

    public static RequestError RateLimited(int retryAfterSeconds) => new(
        StatusCodes.Status429TooManyRequests,
        "RATE_LIMITED",
        $"Too many requests from this client; try again in {retryAfterSeconds} s (see Retry-After), or ask for an API key.");

    // RFC 6750: a request with a token that does not validate gets 401 and a Bearer challenge naming invalid_token.
    private const string InvalidTokenChallenge = "Bearer error=\"invalid_token\"";

    public static readonly RequestError Unauthenticated = new(
        StatusCodes.Status401Unauthorized,
        "UNAUTHENTICATED",
        "The bearer token is not valid: expired, not yet valid, not signed by a trusted issuer, or naming no actor. Send no token to read as the public.")
    { Challenge = InvalidTokenChallenge };

    public static RequestError UnknownActor(string actorKey) => new(
        StatusCodes.Status401Unauthorized,
        "UNKNOWN_ACTOR",
        $"The token names actor '{actorKey}', which is not in the graph.")
    { Challenge = InvalidTokenChallenge };
}
