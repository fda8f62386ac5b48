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

    public RequestReadResult ReadGet(IQueryCollection parameters)
    {
        var variablesError = ParseJson(parameters, Variables, out var variables);
        var extensionsError = ParseJson(parameters, Extensions, out var extensions);
        var error = variablesError ?? extensionsError;
        return error is not null
            ? RequestReadResult.Refused(error)
            : Create(parameters[Query], parameters[OperationName], variables, extensions);
    }

    public async Task<RequestReadResult> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsUtf8Json(request.ContentType))
        {
            return RequestReadResult.Refused(RequestErrors.UnsupportedMediaType);
        }

        var maxBytes = options.Value.MaxRequestBytes;
        var body = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return RequestReadResult.Refused(RequestErrors.TooLarge(maxBytes));
        }

        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(body);
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
        var error = queryError ?? operationNameError;
        return error is not null
            ? RequestReadResult.Refused(error)
            : Create(query, operationName, Property(root, Variables), Property(root, Extensions));
    }

    private RequestReadResult Create(string? query, string? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return RequestReadResult.Refused(RequestErrors.MissingQuery);
        }

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
            Query = query,
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

/// <summary>The outcome of reading a request: the GraphQL request, or the error that refuses it.</summary>
public sealed record RequestReadResult(GraphQLRequest? Request, RequestError? Error)
{
    public static RequestReadResult Read(GraphQLRequest request) => new(request, null);

    public static RequestReadResult Refused(RequestError error) => new(null, error);
}
