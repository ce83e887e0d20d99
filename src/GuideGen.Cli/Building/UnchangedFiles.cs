using System.Buffers;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GuideGen.Cli.Building;

/// <summary>
/// Puts a file into the staging folder as a hard link to the current site's copy when that copy
/// already holds exactly the new bytes: no data is written, and no inode is made now or freed when
/// the old site is deleted. A rebuild of a large guide otherwise made and deleted tens of thousands
/// of files each time, and on ext4 making a file soon after thousands were deleted costs a search
/// past each of them (profiled: the build spent more time in the kernel than in its own code). Whether
/// the bytes are the same is told by the file's stamp (<see cref="ContentStamps"/>) when it has one, else
/// by reading it. The current site's bytes are only read, never changed, so it stays intact if the build
/// fails (a file found to hold the new bytes is stamped); a file that differs, is a link, or cannot be
/// linked (another system, another file system) is written as usual.
/// </summary>
internal static class UnchangedFiles
{
    /// <param name="hash">The content's hash (<see cref="ContentStamps.HashOf"/>), compared with the current file's stamp when it has one.</param>
    public static bool TryLink(string current, string staged, byte[] content, UInt128 hash) =>
        TryLinkIf(current, staged, content.Length, (content, hash),
            static (handle, _, state) => HoldsExactly(handle, state.content) ? state.hash : null,
            static (stamped, _, state) => stamped == state.hash);

    /// <summary>
    /// The same for a file made through a stream (a print book, never whole in memory): <paramref name="write"/>
    /// is run, nothing written anywhere, and its bytes hashed to compare with the current file's stamp, or
    /// compared with the current file itself (then stopped at the first byte that differs).
    /// True when the file was linked; false when it must be written (then <paramref name="write"/> runs again).
    /// </summary>
    public static bool TryLinkStreamed(string current, string staged, Action<Stream> write) =>
        TryLinkIf(current, staged, null, write,
            static (handle, length, write) =>
            {
                using var comparison = new ComparingStream(handle, length);
                try
                {
                    write(comparison);
                }
                catch (DifferenceFound)
                {
                    return null;
                }
                return comparison.AtEnd ? comparison.Hash : null;
            },
            static (stamped, length, write) =>
            {
                using var hashing = new ContentStamps.HashingStream(null);
                write(hashing);
                return hashing.Length == length && hashing.Hash == stamped;
            });

    /// <summary>
    /// Links <paramref name="staged"/> to <paramref name="current"/> when the current file (of this length)
    /// holds the new bytes: by its stamp (<see cref="ContentStamps"/>) when it has one that still describes
    /// it, else by <paramref name="holdsTheSame"/> on the open file, which gives the bytes' hash when they are the same.
    /// </summary>
    /// <param name="length">The new file's length when known: a current file of another length is not looked at further.</param>
    private static bool TryLinkIf<TState>(string current, string staged, long? length, TState state,
        Func<SafeFileHandle, long, TState, UInt128?> holdsTheSame, Func<UInt128, long, TState, bool> matchesStamp)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            // One status call decides most files: none there (a first build, a new page), another size, or a
            // symbolic link someone put in the site. A new file must not cost an exception.
            var info = new FileInfo(current);
            if (!info.Exists || (length is { } expected && info.Length != expected) || info.Attributes.HasFlag(FileAttributes.ReparsePoint)) return false;
            if (ContentStamps.Read(current, info) is { } stamped)
            {
                if (!matchesStamp(stamped, info.Length, state)) return false;
            }
            else
            {
                using var handle = File.OpenHandle(current, FileMode.Open, FileAccess.Read);
                if (holdsTheSame(handle, info.Length, state) is not { } hash) return false;
                // Shown to hold these bytes: stamped (its bytes untouched), so the next build need not read it.
                ContentStamps.Stamp(handle, hash, info.Length);
            }
            return Link(current, staged) == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // gone since, or not a file we can read
        }
    }

    /// <summary>Stops a comparison at the first byte that differs (the rest of the file need not be made).</summary>
    private sealed class DifferenceFound : Exception;

    /// <summary>A write-only stream that checks what is written against a file, from its start.</summary>
    private sealed class ComparingStream(SafeFileHandle file, long fileLength) : Stream
    {
        private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private readonly System.IO.Hashing.XxHash128 hash = new();
        private long position;

        /// <summary>The hash of what was written (<see cref="ContentStamps.HashOf"/>).</summary>
        public UInt128 Hash => hash.GetCurrentHashAsUInt128();

        /// <summary>Whether everything written matched and the file holds nothing more.</summary>
        public bool AtEnd => position == fileLength;

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            if (position + bytes.Length > fileLength) throw new DifferenceFound();
            while (bytes.Length > 0)
            {
                var read = RandomAccess.Read(file, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length)), position);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes[..read])) throw new DifferenceFound();
                hash.Append(bytes[..read]);
                position += read;
                bytes = bytes[read..];
            }
        }

        public override void Write(byte[] bytes, int offset, int count) => Write(bytes.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        protected override void Dispose(bool disposing)
        {
            if (disposing) ArrayPool<byte>.Shared.Return(buffer);
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => position;
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>Compares in pieces, so that a large print book needs no second copy in memory.</summary>
    private static bool HoldsExactly(SafeFileHandle handle, byte[] content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var offset = 0;
            while (offset < content.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, content.Length - offset)), offset);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read))) return false;
                offset += read;
            }
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // link(2) makes a second name for the same file; DllImport as in FolderExchange.
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existingPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
}
