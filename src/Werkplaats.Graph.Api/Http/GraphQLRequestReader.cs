using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a GET query string
/// or a POST JSON body, and refuses requests that are not well-formed with the matching <see cref="RequestError"/>.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options)
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    // A catalogue query's id: "id" in the short URLs partners embed, "documentId" as in the persisted documents draft.
    private static readonly string[] _documentIdNames = ["id", "documentId"];

    public RequestReadResult ReadGet(IQueryCollection parameters)
    {
        var variablesError = ParseJson(parameters, Variables, out var variables);
        var extensionsError = ParseJson(parameters, Extensions, out var extensions);
        var error = variablesError ?? extensionsError;
        return error is not null
            ? RequestReadResult.Refused(error)
            : Create(parameters[Query], _documentIdNames.Select(name => (string?)parameters[name]).FirstOrDefault(id => id is not null), parameters[OperationName], variables, extensions);
    }

    /// <summary>A POST's body as it came, once it is known to be JSON in UTF-8 of at most the allowed size.</summary>
    public async Task<PostBodyReadResult> ReadPostBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsUtf8Json(request.ContentType))
        {
            return new PostBodyReadResult(null, RequestErrors.UnsupportedMediaType);
        }

        var maxBytes = options.Value.MaxRequestBytes;
        var body = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        return body is null ? new PostBodyReadResult(null, RequestErrors.TooLarge(maxBytes)) : new PostBodyReadResult(body, null);
    }

    public RequestReadResult ReadPost(ReadOnlyMemory<byte> body)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(body.Span);
        }
        catch (JsonException)
        {
            return RequestReadResult.Refused(RequestErrors.InvalidJson);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestReadResult.Refused(RequestErrors.NotAnObject("request body"));
        }

        var queryError = ReadString(root, Query, out var query);
        var operationNameError = ReadString(root, OperationName, out var operationName);
        var documentIdError = ReadDocumentId(root, out var documentId);
        var error = queryError ?? operationNameError ?? documentIdError;
        return error is not null
            ? RequestReadResult.Refused(error)
            : Create(query, documentId, operationName, Property(root, Variables), Property(root, Extensions));
    }

    /// <summary>
    /// A request of this shape; whether it names a document to run (a query, a catalogue id, a persisted query's hash)
    /// is for <see cref="Catalogue.PersistedDocuments"/> to say.
    /// </summary>
    private RequestReadResult Create(
        string? query, string? documentId, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (!IsObjectOrNull(variables))
        {
            return RequestReadResult.Refused(RequestErrors.InvalidVariables);
        }

        if (!IsObjectOrNull(extensions))
        {
            return RequestReadResult.Refused(RequestErrors.NotAnObject(Extensions));
        }

        return RequestReadResult.Read(new GraphQLRequest
        {
            Query = string.IsNullOrWhiteSpace(query) ? null : query,
            DocumentId = string.IsNullOrWhiteSpace(documentId) ? null : documentId,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = serializer.ReadNode<Inputs>(variables),
            Extensions = serializer.ReadNode<Inputs>(extensions),
        });
    }

    private static bool IsObjectOrNull(JsonElement? value) =>
        value is null or { ValueKind: JsonValueKind.Object or JsonValueKind.Null };

    private static JsonElement? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : null;

    private static RequestError? ReadString(JsonElement root, string name, out string? value)
    {
        value = null;
        switch (Property(root, name))
        {
            case null or { ValueKind: JsonValueKind.Null }:
                return null;
            case { ValueKind: JsonValueKind.String } text:
                value = text.GetString();
                return null;
            default:
                return RequestErrors.NotAString(name);
        }
    }

    private static RequestError? ReadDocumentId(JsonElement root, out string? documentId)
    {
        documentId = null;
        foreach (var name in _documentIdNames)
        {
            if (ReadString(root, name, out documentId) is { } error)
            {
                return error;
            }

            if (documentId is not null)
            {
                return null;
            }
        }

        return null;
    }

    private static RequestError? ParseJson(IQueryCollection parameters, string name, out JsonElement? value)
    {
        value = null;
        if (parameters[name] is not [{ Length: > 0 } text])
        {
            return null;
        }

        try
        {
            value = JsonSerializer.Deserialize<JsonElement>(text);
            return null;
        }
        catch (JsonException)
        {
            return RequestErrors.InvalidJsonParameter(name);
        }
    }

    private static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (StringSegment.IsNullOrEmpty(mediaType.Charset) || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The body, or null as soon as it is larger than <paramref name="maxBytes"/> (whatever Content-Length says).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > maxBytes)
            {
                return null;
            }

            body.Write(chunk, 0, read);
        }

        return body.ToArray();
    }
}

/// <summary>The outcome of reading a POST's body: its bytes, or the error that refuses it.</summary>
public sealed record PostBodyReadResult(byte[]? Body, RequestError? Error);

/// <summary>The outcome of reading a request: the GraphQL request, or the error that refuses it.</summary>
public sealed record RequestReadResult(GraphQLRequest? Request, RequestError? Error)
{
    public static RequestReadResult Read(GraphQLRequest request) => new(request, null);

    public static RequestReadResult Refused(RequestError error) => new(null, error);
}
