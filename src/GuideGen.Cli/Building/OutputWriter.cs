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
        // SiteBuilder reports unsafe paths (GG9002) before it gets here; reaching this is a bug, and nothing is written.
        if (files.FirstOrDefault(f => !OutputPaths.IsSafe(f.Path)) is { } unsafeFile)
            throw new InvalidOperationException($"refusing to write '{unsafeFile.Path}': it is not a plain path inside the output folder");
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("the output folder needs a parent folder", nameof(output));
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RecoverInterrupted(output);

        var staging = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            WritePauses.At("staging");
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.ForEach(files, GuideGen.Core.Parallelism.Options, file =>
            {
                File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content);
                WritePauses.At("file " + file.Path);
            });
            WritePauses.At("written");
            Swap(staging, output, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void Swap(string staging, string output, string retired)
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
        TryDelete(retired);
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

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
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
