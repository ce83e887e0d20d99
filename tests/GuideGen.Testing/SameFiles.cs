namespace GuideGen.Testing;

/// <summary>Two built sites compared byte for byte: the same files (by relative path) holding the same bytes.</summary>
public static class SameFiles
{
    /// <returns>The differences, one line each; empty when the folders hold the same files with the same bytes.</returns>
    public static IReadOnlyList<string> Compare(string expectedFolder, string actualFolder)
    {
        var expected = Files(expectedFolder);
        var actual = Files(actualFolder);
        var differences = new List<string>();
        differences.AddRange(expected.Except(actual).Select(f => $"missing: {f}"));
        differences.AddRange(actual.Except(expected).Select(f => $"extra: {f}"));
        foreach (var file in expected.Intersect(actual))
            if (!File.ReadAllBytes(Path.Combine(expectedFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualFolder, file))))
                differences.Add($"differs: {file}");
        return differences;
    }

    /// <summary>Every file under <paramref name="folder"/>, relative, with '/', in ordinal order.</summary>
    public static SortedSet<string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')), StringComparer.Ordinal);
}
