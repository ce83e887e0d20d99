using GuideGen.Testing;

namespace GuideGen.Tests.Docs;

/// <summary>
/// Small files with one clear job: no C# file in src/ reaches 300 lines, and no browser script in
/// templates/assets/ reaches 250 (docs/developing.md). A file that grows past it is split by job.
/// </summary>
public class SourceSizeTests
{
    private static IEnumerable<string> TooLong(string folder, string pattern, int limit) =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (File: Path.GetRelativePath(Repository.Root, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > limit)
            .Select(f => $"{f.File}: {f.Lines} lines");

    [Fact]
    public void No_source_file_is_over_300_lines() => TooLong("src", "*.cs", 300).ShouldBeEmpty();
}
