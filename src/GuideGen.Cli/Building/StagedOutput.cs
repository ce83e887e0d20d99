using System.Collections.Concurrent;
using GuideGen.Core;

namespace GuideGen.Cli.Building;

/// <summary>
/// One build's staging folder (see <see cref="OutputWriter"/>): files are written into it from any
/// thread, and <see cref="Commit"/> swaps it in as the output. Disposed without a commit, it is deleted
/// and the previous output stays as it was.
/// </summary>
public sealed class StagedOutput(string output) : IDisposable
{
    private readonly string staging = OutputWriter.CreateStaging(output);
    // Each folder is made once; a thread writing into a folder another thread is making waits for it.
    private readonly ConcurrentDictionary<string, Lazy<bool>> folders = new(StringComparer.Ordinal);
    private bool committed;
    private int written;

    public void Write(OutputFile file)
    {
        var path = StagedPath(file.Path);
        // The plain twin of linking unchanged files and stamping new ones: every file written as it is.
        if (!FastPaths.Enabled)
        {
            File.WriteAllBytes(path, file.Content);
            Written(file.Path);
            return;
        }
        var hash = ContentStamps.HashOf(file.Content);
        if (!UnchangedFiles.TryLink(Path.Combine(output, file.Path), path, file.Content, hash))
        {
            // One open, one write, one close: File.WriteAllBytes also sizes the file first and seeks, which
            // adds up over the tens of thousands of files of a large guide.
            using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(handle, file.Content, 0);
            ContentStamps.Stamp(handle, hash, file.Content.Length);
        }
        Written(file.Path);
    }

    /// <summary>
    /// A file written through a stream as it is made. It is first made against the current site's copy, as a
    /// comparison (see <see cref="UnchangedFiles.TryLinkStreamed"/>), so <paramref name="write"/> must write
    /// the same bytes each time it is run: the print books of a large guide are hundreds of megabytes that a
    /// rebuild otherwise wrote again, unchanged, for the kernel to write back to disk.
    /// </summary>
    public void WriteStreamed(string relativePath, Action<Stream> write)
    {
        var path = StagedPath(relativePath);
        if (!FastPaths.Enabled)
        {
            using (var plain = File.Create(path)) write(plain);
            Written(relativePath);
            return;
        }
        if (!UnchangedFiles.TryLinkStreamed(Path.Combine(output, relativePath), path, write))
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
            var hashing = new ContentStamps.HashingStream(stream);
            write(hashing);
            stream.Flush();
            ContentStamps.Stamp(stream.SafeFileHandle, hashing.Hash, hashing.Length);
        }
        Written(relativePath);
    }

    /// <summary>Counted for the swap, and a point where a test may stop the build (see <see cref="WritePauses"/>).</summary>
    private void Written(string relativePath)
    {
        Interlocked.Increment(ref written);
        WritePauses.At("file " + relativePath);
    }

    /// <summary>Where a file goes in the staging folder, its folder made once.</summary>
    private string StagedPath(string relativePath)
    {
        if (!OutputPaths.IsSafe(relativePath))
            throw new InvalidOperationException($"refusing to write '{relativePath}': it is not a plain path inside the output folder");
        var path = Path.Combine(staging, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        _ = folders.GetOrAdd(folder, f => new Lazy<bool>(() => Directory.CreateDirectory(f).Exists)).Value;
        return path;
    }

    public void Commit()
    {
        OutputWriter.Replace(output, staging, written);
        committed = true;
    }

    public void Dispose()
    {
        if (!committed) OutputWriter.TryDelete(staging);
    }
}
