using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace GuideGen.Cli.Building;

/// <summary>
/// What a written file holds, kept with the file: a hash of its bytes (XXH128), its length and the time
/// it was last written, in an extended attribute (<c>user.guidegen.content</c>). A rebuild that makes the
/// same bytes finds the same hash and links the file (see <see cref="UnchangedFiles"/>) without reading
/// it: a large guide's site is over a gigabyte, and reading it back to compare cost more than hashing.
/// A hard link shares the attribute, so a linked file stays stamped from build to build.
/// A stamp is believed only while the file's length and time of last write are those stamped, as git
/// believes its index: an edit made in place changes the time, and the file is then compared byte by
/// byte. Where attributes are not kept (another system, some file systems), nothing is stamped and every
/// file is compared.
/// </summary>
internal static class ContentStamps
{
    private const string AttributeName = "user.guidegen.content";
    // Hash (16 bytes), length (8), time of last write in ticks (8), all little-endian.
    private const int StampSize = 32;

    public static UInt128 HashOf(ReadOnlySpan<byte> content) => XxHash128.HashToUInt128(content);

    /// <summary>Stamps a file just written through <paramref name="handle"/>; quietly does nothing where it cannot.</summary>
    public static void Stamp(SafeFileHandle handle, UInt128 hash, long length)
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            Span<byte> stamp = stackalloc byte[StampSize];
            BinaryPrimitives.WriteUInt128LittleEndian(stamp, hash);
            BinaryPrimitives.WriteInt64LittleEndian(stamp[16..], length);
            BinaryPrimitives.WriteInt64LittleEndian(stamp[24..], File.GetLastWriteTimeUtc(handle).Ticks);
            var added = false;
            handle.DangerousAddRef(ref added);
            try
            {
                _ = SetAttribute((int)handle.DangerousGetHandle(), AttributeName, ref MemoryMarshal.GetReference(stamp), StampSize, 0);
            }
            finally
            {
                if (added) handle.DangerousRelease();
            }
        }
        catch (Exception e) when (e is IOException or EntryPointNotFoundException or DllNotFoundException)
        {
            // Unstamped: the next build compares the file instead.
        }
    }

    /// <summary>
    /// The hash <paramref name="path"/> (a file, not a symbolic link, as <paramref name="info"/> found it) was
    /// stamped with, if it has a stamp that still describes it; null when it must be compared instead.
    /// </summary>
    public static UInt128? Read(string path, FileInfo info)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            Span<byte> stamp = stackalloc byte[StampSize];
            if (GetAttribute(path, AttributeName, ref MemoryMarshal.GetReference(stamp), StampSize) != StampSize) return null;
            var unchanged = BinaryPrimitives.ReadInt64LittleEndian(stamp[16..]) == info.Length
                            && BinaryPrimitives.ReadInt64LittleEndian(stamp[24..]) == info.LastWriteTimeUtc.Ticks;
            return unchanged ? BinaryPrimitives.ReadUInt128LittleEndian(stamp) : null;
        }
        catch (Exception e) when (e is IOException or EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Hashes what is written through it on the way to <paramref name="inner"/> (or nowhere, when null).</summary>
    public sealed class HashingStream(Stream? inner) : Stream
    {
        private readonly XxHash128 hash = new();
        private long length;

        public UInt128 Hash => hash.GetCurrentHashAsUInt128();

        public override void Write(ReadOnlySpan<byte> bytes)
        {
            hash.Append(bytes);
            length += bytes.Length;
            inner?.Write(bytes);
        }

        public override void Write(byte[] bytes, int offset, int count) => Write(bytes.AsSpan(offset, count));
        public override void WriteByte(byte value) => Write([value]);
        public override void Flush() => inner?.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    // lgetxattr(2) does not follow a symbolic link; fsetxattr(2) stamps the open file. DllImport as in UnchangedFiles.
    [DllImport("libc", EntryPoint = "lgetxattr", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern nint GetAttribute([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref byte value, nuint size);

    [DllImport("libc", EntryPoint = "fsetxattr", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int SetAttribute(int descriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, ref byte value, nuint size, int flags);
}
