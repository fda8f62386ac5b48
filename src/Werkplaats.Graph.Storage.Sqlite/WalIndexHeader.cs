using System.IO.MemoryMappedFiles;

namespace Werkplaats.Graph.Storage.Sqlite;

/// <summary>
/// Reads the header of a WAL-mode database's wal-index (the <c>-shm</c> file) without a lock and without a system
/// call, the way SQLite's own readers first look at it (https://www.sqlite.org/walformat.html): two copies of 48 bytes,
/// written second copy first, that every commit changes (its change counter, last frame and salts). While the header
/// stays the same, nothing was committed, by this process or another. A torn or uninitialised header reads as unknown.
/// </summary>
internal sealed class WalIndexHeader : IDisposable
{
    /// <summary>The length of one copy of the header: change counter, last frame, page count, salts, checksums.</summary>
    public const int Length = 48;

    /// <summary>The header read as 64-bit words.</summary>
    public const int Words = Length / sizeof(long);
    private const int IsInitOffset = 12;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    private WalIndexHeader(MemoryMappedFile file, MemoryMappedViewAccessor view) => (_file, _view) = (file, view);

    /// <summary>The header of the database at <paramref name="databasePath"/>, or null when it has no wal-index to read.</summary>
    public static WalIndexHeader? Open(string databasePath)
    {
        var path = databasePath + "-shm";
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length < 2 * Length)
            {
                return null;
            }

            // The file is needed only until its view is mapped; the mapping outlives the stream.
            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            try
            {
                return new WalIndexHeader(file, file.CreateViewAccessor(0, 2 * Length, MemoryMappedFileAccess.Read));
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Copies the header as it is now into <paramref name="header"/> (<see cref="Words"/> values); false while a writer is changing it.</summary>
    public bool TryRead(Span<long> header)
    {
        Span<long> second = stackalloc long[Words];
        Read(0, header);
        Interlocked.MemoryBarrier();
        Read(Length, second);
        return header.SequenceEqual(second) && _view.ReadByte(IsInitOffset) != 0;
    }

    private void Read(int offset, Span<long> target)
    {
        for (var word = 0; word < Words; word++)
        {
            target[word] = _view.ReadInt64(offset + (word * sizeof(long)));
        }
    }

    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
