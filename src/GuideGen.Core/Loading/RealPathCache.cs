using System.Collections.Concurrent;

namespace GuideGen.Core.Loading;

/// <summary>
/// <see cref="RealPath"/> for many files at once, as one build reads them: each folder's real location
/// is worked out once, and a file that is not itself a link lies in its folder's. Checking every file
/// from the root down cost a system call per folder on the way, tens of thousands for a large guide.
/// Made afresh for each build, so a link changed between builds is seen.
/// </summary>
public sealed class RealPathCache
{
    private readonly ConcurrentDictionary<string, string> folders = new(StringComparer.Ordinal);

    public string OfFolder(string folder) => folders.GetOrAdd(Path.GetFullPath(folder), RealPath.Of);

    public string OfFile(string file)
    {
        var full = Path.GetFullPath(file);
        if (RealPath.LinkTargetOf(full) is not null || Path.GetDirectoryName(full) is not { } folder) return RealPath.Of(full);
        var realFolder = OfFolder(folder);
        return realFolder == RealPath.Loop ? RealPath.Loop : Path.Combine(realFolder, Path.GetFileName(full));
    }
}
