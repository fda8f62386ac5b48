using System.Text;

namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// A GraphQL request as it arrived, before anything in it is parsed: its method and the text that carries it (a GET's
/// query string; a POST's body, one character per byte, so different bytes always give a different text).
/// Byte-identical requests ask the same.
/// </summary>
public sealed record RawRequest(string Method, string Text)
{
    /// <summary>A POST's body as it came; null for a GET.</summary>
    public byte[]? Body { get; private init; }

    public static RawRequest Get(QueryString query) => new(HttpMethods.Get, query.Value ?? "");

    public static RawRequest Post(byte[] body) => new(HttpMethods.Post, Encoding.Latin1.GetString(body)) { Body = body };
}
