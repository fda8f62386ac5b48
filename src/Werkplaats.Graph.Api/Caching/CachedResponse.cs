using System.Buffers;
using System.Buffers.Binary;
using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Net.Http.Headers;
using Werkplaats.Graph.Api.Http;

namespace Werkplaats.Graph.Api.Caching;

/// <summary>
/// A cached GraphQL response: the exact body bytes and the tag of that body (the SHA-256 of it, shortened). Never
/// changed once made, and marked so, so HybridCache hands out the instance it keeps in memory instead of a copy.
/// </summary>
[ImmutableObject(true)]
public sealed class CachedResponse(byte[] body, string tag)
{
    public byte[] Body { get; } = body;

    /// <summary>Identifies the body: the same bytes always get the same tag, so an unchanged answer keeps its ETag across writes.</summary>
    public string Tag { get; } = tag;

    // The same bytes in another media type are another representation, with another tag.
    private readonly EntityTagHeaderValue _graphQLResponseETag = new($"\"{tag}\"");
    private readonly EntityTagHeaderValue _jsonETag = new($"\"{tag}-json\"");

    /// <summary>The ETag of this body in <paramref name="mediaType"/>.</summary>
    public EntityTagHeaderValue ETagFor(string mediaType) => mediaType == GraphQLMediaTypes.Json ? _jsonETag : _graphQLResponseETag;

    public static CachedResponse Of(byte[] body) => new(body, Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16)));
}

/// <summary>Stores a <see cref="CachedResponse"/> in the shared cache as its tag's length and bytes, then the body.</summary>
public sealed class CachedResponseSerializer : IHybridCacheSerializer<CachedResponse>
{
    public CachedResponse Deserialize(ReadOnlySequence<byte> source)
    {
        var bytes = source.ToArray();
        var tagLength = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        return new CachedResponse(bytes[(4 + tagLength)..], Encoding.ASCII.GetString(bytes, 4, tagLength));
    }

    public void Serialize(CachedResponse value, IBufferWriter<byte> target)
    {
        var tag = Encoding.ASCII.GetBytes(value.Tag);
        BinaryPrimitives.WriteInt32LittleEndian(target.GetSpan(4), tag.Length);
        target.Advance(4);
        target.Write(tag);
        target.Write(value.Body);
    }
}
