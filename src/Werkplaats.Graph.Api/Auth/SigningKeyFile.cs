using System.Security.Cryptography;

namespace Werkplaats.Graph.Api.Auth;

/// <summary>
/// The embedded issuer's secret: 256 random bits, base64 in a file that only its owner may read. Created on first
/// start, so no key is ever committed or shared between installations.
/// </summary>
public static class SigningKeyFile
{
    public const int KeyBytes = 32;

    public static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length >= KeyBytes
            ? key
            : throw new InvalidOperationException($"The signing key in {path} is shorter than {KeyBytes * 8} bits; delete it to create a new one.");
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var file = new StreamWriter(path, options);
            file.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
        }
    }
}
