namespace GuideGen.Cli.Building;

/// <summary>
/// Writes the site so that the output folder is always complete: files go into a fresh temporary
/// folder beside the output, which replaces the old output only once everything is written. A build
/// that fails or is killed leaves the previous site as it was; its leftovers are cleared next time.
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
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            Parallel.ForEach(files, GuideGen.Core.Parallelism.Options, file => File.WriteAllBytes(Path.Combine(staging, file.Path), file.Content));
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
        if (Directory.Exists(output))
        {
            Directory.Move(output, retired);
            Directory.Move(staging, output);
            TryDelete(retired);
        }
        else
        {
            Directory.Move(staging, output);
        }
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
