using System.Buffers.Text;
using System.Text;

namespace Werkplaats.Graph.Api.GraphQL.Relay;

/// <summary>Base64url without padding: ids and cursors are opaque to clients and safe in URLs.</summary>
internal static class OpaqueText
{
    public static string Encode(string plain) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(plain));

    public static bool TryDecode(string opaque, out string plain)
    {
        plain = "";
        if (string.IsNullOrEmpty(opaque) || opaque.Length > 2048 || !Base64Url.IsValid(opaque))
        {
            return false;
        }

        try
        {
            plain = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(opaque));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
