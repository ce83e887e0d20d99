namespace GuideGen.Cli.Building;

/// <summary>
/// Writes the site so that the output folder is always complete: files go into a fresh staging folder
/// beside the output, which then takes the old output's place in one step (an atomic exchange on Linux,
/// two renames elsewhere). A build that fails or is killed at any point leaves the previous site as it
/// was; what it leaves beside the output (a staging folder, a retired site) is cleared by the next build.
/// </summary>
public static class OutputWriter
{
    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        // The build reports unsafe paths (GG9002) before it gets here; reaching this is a bug, and nothing is written.
        if (files.FirstOrDefault(f => !OutputPaths.IsSafe(f.Path)) is { } unsafeFile)
            throw new InvalidOperationException($"refusing to write '{unsafeFile.Path}': it is not a plain path inside the output folder");
        using var staged = new StagedOutput(output);
        Parallel.ForEach(files, GuideGen.Core.Parallelism.Options, staged.Write);
        staged.Commit();
    }

    /// <summary>A fresh staging folder beside <paramref name="output"/>, after clearing what an interrupted build left.</summary>
    internal static string CreateStaging(string output)
    {
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("the output folder needs a parent folder", nameof(output));
        Directory.CreateDirectory(parent);
        RecoverInterrupted(output);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        WritePauses.At("staging");
        return staging;
    }

    /// <summary>
    /// Sites of at least this many files are deleted in the background once replaced: removing the
    /// old copy of a 10,000-topic guide (36,000 files) took longer than writing the new one, and
    /// nothing waits for it. Smaller sites are deleted before the build returns.
    /// </summary>
    public const int BackgroundDeletionFiles = 1_000;

    /// <summary>Puts the complete staging folder in the output's place.</summary>
    /// <param name="files">How many files the new site has: the old one is about as large.</param>
    internal static void Replace(string output, string staging, int files)
    {
        WritePauses.At("written");
        var retired = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        Swap(staging, output, retired, inBackground: files >= BackgroundDeletionFiles);
    }

    private static void Swap(string staging, string output, string retired, bool inBackground)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        if (FolderExchange.TryExchange(staging, output))
        {
            // The new site is in place; the staging name now holds the old one. Retire it before deleting,
            // so that a build killed mid-delete leaves only a folder the next build knows to clear.
            WritePauses.At("exchanged");
            Directory.Move(staging, retired);
        }
        else
        {
            Directory.Move(output, retired);
            WritePauses.At("retired"); // the one moment without an output folder; the next build puts the retired site back
            Directory.Move(staging, output);
        }
        WritePauses.At("swapped");
        if (!inBackground || !BackgroundDeletion.TryStart(retired)) TryDelete(retired);
    }

    /// <summary>
    /// Clears what an interrupted build left: unfinished staging folders, and retired outputs. If a
    /// build died between its two renames, the retired folder is the last complete site: put it back.
    /// </summary>
    public static void RecoverInterrupted(string output)
    {
        var parent = Path.GetDirectoryName(output);
        var name = Path.GetFileName(output);
        if (parent is null || !Directory.Exists(parent)) return;
        foreach (var staging in Directory.EnumerateDirectories(parent, $".{name}.tmp-*")) TryDelete(staging);
        var retired = Directory.EnumerateDirectories(parent, $".{name}.old-*").ToList();
        if (!Directory.Exists(output) && retired.Count > 0)
        {
            var newest = retired.OrderByDescending(Directory.GetLastWriteTimeUtc).First();
            Directory.Move(newest, output);
            retired.Remove(newest);
        }
        foreach (var folder in retired) TryDelete(folder);
    }

    internal static void TryDelete(string folder)
    {
        string[] subfolders;
        try
        {
            subfolders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // gone already, or not ours to clear; the next build tries again
        }
        // A large site's folders are emptied side by side: removing thousands of files is the slow part of a swap.
        Parallel.ForEach(subfolders, GuideGen.Core.Parallelism.Options, DeleteQuietly);
        DeleteQuietly(folder);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process may hold a file open (a browser on Windows); the next build tries again.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
