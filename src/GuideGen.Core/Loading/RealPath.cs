namespace GuideGen.Core.Loading;

/// <summary>
/// The real location of a path once every symbolic link in it is followed (what realpath(3) gives),
/// so that "is this inside the guide's folder?" cannot be fooled by a link anywhere along the way.
/// </summary>
public static class RealPath
{
    /// <summary>Links followed before a path is taken to be a loop (the same bound Linux uses).</summary>
    private const int MaxLinks = 40;

    /// <summary>Returned for a path whose links go round in a loop: inside no folder at all.</summary>
    public const string Loop = "\0loop";

    public static string Of(string path)
    {
        var hops = 0;
        var pending = Path.GetFullPath(path);
        while (true)
        {
            var root = Path.GetPathRoot(pending)!;
            var parts = pending[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? restart = null;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                var target = LinkTargetOf(next);
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++hops > MaxLinks) return Loop;
                // A relative target is relative to the link's own folder; the rest of the path follows it.
                restart = Path.GetFullPath(Path.Combine([Path.IsPathRooted(target) ? target : Path.Combine(current, target), .. parts[(i + 1)..]]));
                break;
            }
            if (restart is null) return current;
            pending = restart;
        }
    }

    /// <summary>Where the link at <paramref name="path"/> points; null when it is not a link (or does not exist).</summary>
    public static string? LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
