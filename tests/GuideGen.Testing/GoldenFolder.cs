namespace GuideGen.Testing;

/// <summary>
/// Compares a produced folder with an approved copy, file by file and byte by byte. Strict: a missing
/// approved folder or file fails. Set GUIDEGEN_APPROVE=1 to accept the current output as the new
/// approved copy (then review the diff in git before committing).
/// </summary>
public static class GoldenFolder
{
    /// <summary>Files copied as they are from templates/assets/: checked against their source, not kept a second time in an approved folder.</summary>
    public static bool IsGeneratorOutput(string file) =>
        !(file.StartsWith("assets/", StringComparison.Ordinal) && File.Exists(Path.Combine(Repository.Templates, file)));

    public static bool Approving => Environment.GetEnvironmentVariable("GUIDEGEN_APPROVE") == "1";

    /// <returns>The differences, one line each; empty when the folders match.</returns>
    /// <param name="include">Which files (relative paths) the approval covers; all when null.</param>
    public static IReadOnlyList<string> Compare(string actualFolder, string approvedFolder, Func<string, bool>? include = null)
    {
        include ??= _ => true;
        if (Approving)
        {
            if (Directory.Exists(approvedFolder)) Directory.Delete(approvedFolder, recursive: true);
            foreach (var file in Files(actualFolder).Where(include))
            {
                var target = Path.Combine(approvedFolder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(actualFolder, file), target);
            }
            return [];
        }
        if (!Directory.Exists(approvedFolder))
            return [$"no approved output at {approvedFolder}; run the tests with GUIDEGEN_APPROVE=1 and review it"];

        var actual = new SortedSet<string>(Files(actualFolder).Where(include), StringComparer.Ordinal);
        var approved = Files(approvedFolder);
        var differences = new List<string>();
        differences.AddRange(approved.Except(actual).Select(f => $"missing: {f}"));
        differences.AddRange(actual.Except(approved).Select(f => $"not approved: {f}"));
        foreach (var file in actual.Intersect(approved))
        {
            var a = File.ReadAllText(Path.Combine(actualFolder, file));
            var b = File.ReadAllText(Path.Combine(approvedFolder, file));
            if (a != b) differences.Add($"differs: {file} ({FirstDifference(a, b)})");
        }
        return differences;
    }

    /// <summary>Compares text with an approved text file (same rules as folders).</summary>
    public static string? CompareText(string actual, string approvedFile)
    {
        if (Approving)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(approvedFile)!);
            File.WriteAllText(approvedFile, actual);
            return null;
        }
        if (!File.Exists(approvedFile)) return $"no approved file {approvedFile}; run the tests with GUIDEGEN_APPROVE=1 and review it";
        var approved = File.ReadAllText(approvedFile).Replace("\r\n", "\n");
        return approved == actual ? null : $"differs from {approvedFile} ({FirstDifference(actual, approved)})";
    }

    private static SortedSet<string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')), StringComparer.Ordinal);

    private static string FirstDifference(string actual, string approved)
    {
        var actualLines = actual.Split('\n');
        var approvedLines = approved.Split('\n');
        for (var i = 0; i < Math.Max(actualLines.Length, approvedLines.Length); i++)
        {
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            var b = i < approvedLines.Length ? approvedLines[i] : "<end>";
            if (a != b) return $"line {i + 1}: got «{a.Trim()}», approved «{b.Trim()}»";
        }
        return "same lines, different line endings";
    }
}
