namespace Werkplaats.Graph.Api.Http;

/// <summary>
/// A GraphQL request as it arrived, before anything in it is parsed: its method and the bytes that carry it (a GET's
/// query string, a POST's body). Byte-identical requests ask the same.
/// </summary>
public sealed record RawRequest(string Method, ReadOnlyMemory<byte> Content)
{
    public static RawRequest Get(QueryString query) => new(HttpMethods.Get, System.Text.Encoding.UTF8.GetBytes(query.Value ?? ""));

    public static RawRequest Post(byte[] body) => new(HttpMethods.Post, body);
}
