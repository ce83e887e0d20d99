using GuideGen.Core.Diagnostics;

namespace GuideGen.Core.Loading;

/// <summary>
/// Finds and reads the guide's own files without ever leaving its folder. A symbolic link is followed
/// only when its final target is inside the root; one that points outside (or round in a loop) is
/// reported (GG0002) and skipped, so a guide copied from elsewhere cannot make the build read other
/// files on the machine. Content files over <see cref="MaxFileBytes"/> are refused unread (GG0003):
/// no guide file is that long, and every later step may then assume inputs of a bounded size.
/// </summary>
public static class GuideFiles
{
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Files in <paramref name="folder"/> matching <paramref name="pattern"/>, in ordinal order; hidden files left out.</summary>
    public static IReadOnlyList<string> Discover(string root, string folder, string pattern, bool recursive, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder)) return [];
        var realRoot = RealPath.Of(root);
        var found = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var real = RealPath.Of(current);
            if (!IsInside(real, realRoot))
            {
                Report(root, current, diagnostics, "links to a folder outside the guide's folder (or round in a loop); it is not read");
                continue;
            }
            if (!visited.Add(real))
            {
                Report(root, current, diagnostics, "links back to a folder already read (a loop); it is not read again");
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(current, pattern).Where(f => !Path.GetFileName(f).StartsWith('.')))
                found.Add(file);
            if (!recursive) continue;
            // Folders are walked by hand (never with AllDirectories) so that each linked folder is checked above.
            foreach (var sub in Directory.EnumerateDirectories(current).Where(d => !Path.GetFileName(d).StartsWith('.')).OrderDescending(StringComparer.Ordinal))
                pending.Push(sub);
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every file under a folder (templates and their assets), each checked as <see cref="Discover"/> does.</summary>
    public static IReadOnlyList<string> DiscoverAll(string root, string folder, DiagnosticBag diagnostics)
    {
        var realPaths = new RealPathCache();
        return Discover(root, folder, "*", recursive: true, diagnostics).Where(f => IsReadable(root, f, diagnostics, realPaths)).ToList();
    }

    /// <summary>True when the file is inside the root once its links are followed; reported (GG0002) when not.</summary>
    /// <param name="realPaths">Real paths already worked out in this build; null works them out afresh.</param>
    public static bool IsReadable(string root, string fullPath, DiagnosticBag diagnostics, RealPathCache? realPaths = null)
    {
        realPaths ??= new RealPathCache();
        if (IsInside(realPaths.OfFile(fullPath), realPaths.OfFolder(root))) return true;
        Report(root, fullPath, diagnostics, "links to a file outside the guide's folder (or round in a loop); it is not read");
        return false;
    }

    /// <summary>Reads a content file: null, with a diagnostic, when it is outside the root, too large or unreadable.</summary>
    public static SourceFile? Read(string root, string fullPath, DiagnosticBag diagnostics, RealPathCache? realPaths = null)
    {
        var relative = Relative(root, fullPath);
        if (!IsReadable(root, fullPath, diagnostics, realPaths)) return null;
        try
        {
            using var handle = File.OpenHandle(fullPath);
            // Length comes from the file system, so a huge file is refused without reading it.
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceSpan.FileStart(relative),
                    $"the file is {length / 1024:N0} KB; content files may be at most {MaxFileBytes / 1024:N0} KB. Split it into several files");
                return null;
            }
            var text = TextOf(handle, (int)length, relative, diagnostics);
            return text is null ? null : new SourceFile(relative, fullPath, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceSpan.FileStart(relative), $"cannot read the file: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The file's text, read whole and decoded once: a content file is small and its length known, so
    /// this skips a reader's buffers and growing builder. Guide files are UTF-8 (a byte order mark is
    /// allowed); a file in UTF-16 or UTF-32, with or without its mark, or with bytes that are not UTF-8
    /// (a file saved as Windows-1252, say), is reported (GG1008) rather than read as something else.
    /// </summary>
    private static string? TextOf(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int length, string relative, DiagnosticBag diagnostics)
    {
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(handle, bytes.AsSpan(read, length - read), read) is var n and > 0) read += n;
            var content = bytes.AsSpan(0, read);
            if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) content = content[3..];
            if (Utf8Check.OtherUnicode(content) is { } encoding)
            {
                diagnostics.Error(DiagnosticCodes.NotUtf8, SourceSpan.FileStart(relative),
                    $"the file is saved as {encoding}; guide files must be UTF-8. Save it again as UTF-8 (in most editors: Save as, Encoding: UTF-8)");
                return null;
            }
            if (Utf8Check.FirstInvalid(content) is { } at)
            {
                var (line, column) = Utf8Check.Position(content, at);
                diagnostics.Error(DiagnosticCodes.NotUtf8, new SourceSpan(relative, line, column), content[at] == 0
                    ? "a zero byte (NUL) here: guide files are text in UTF-8; is this a binary file, or one saved as UTF-16?"
                    : $"byte 0x{content[at]:X2} here is not UTF-8 (was the file saved as Windows-1252 or Latin-1?); save the file as UTF-8");
                return null;
            }
            return System.Text.Encoding.UTF8.GetString(content);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static string Relative(string root, string fullPath) => Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Report(string root, string fullPath, DiagnosticBag diagnostics, string problem) =>
        diagnostics.Error(DiagnosticCodes.PathOutsideRoot, SourceSpan.FileStart(Relative(root, fullPath)), $"'{Relative(root, fullPath)}' {problem}");
}
