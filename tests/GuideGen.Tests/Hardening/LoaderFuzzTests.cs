using CsCheck;
using GuideGen.Core.Diagnostics;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// Property: whatever one file of a guide holds, loading and validating the guide (and, for Markdown,
/// rendering it) never throws, reports every problem at a file position, and ends. Iteration counts are
/// modest so the whole class stays well under 30 s; a failure prints its seed and saves its input to
/// copy into tests/corpus/ (replayed by <see cref="CorpusReplayTests"/>).
/// </summary>
public sealed class LoaderFuzzTests : IClassFixture<LoaderFuzzTests.Site>
{
    private readonly FuzzSite site;

    public LoaderFuzzTests(Site fixture) => site = fixture.Value;

    /// <summary>GUIDEGEN_FUZZ_SCALE=N runs N times as many samples, for a longer hunt than the suite's quick pass.</summary>
    private static long Iterations(int quick) =>
        quick * (long.TryParse(Environment.GetEnvironmentVariable("GUIDEGEN_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1);

    [Fact]
    public void Arbitrary_bytes_in_any_file() =>
        FuzzInputs.ArbitraryBytes.Sample(s => site.Check(s.Item1, s.Item2), iter: Iterations(150), threads: 1, print: FuzzInputs.Print);

    [Fact]
    public void Real_files_cut_short_anywhere() =>
        FuzzInputs.Truncated.Sample(s => site.Check(s.Item1, s.Item2), iter: Iterations(150), threads: 1, print: FuzzInputs.Print);

    [Fact]
    public void Real_files_with_odd_characters_bad_bytes_boms_crlf_tabs_and_repeated_lines() =>
        FuzzInputs.Mutated.Sample(s => site.Check(s.Item1, s.Item2), iter: Iterations(200), threads: 1, print: FuzzInputs.Print);

    [Fact]
    public void Mutated_pages_and_topics_also_render() =>
        FuzzInputs.Mutated.Where(s => s.Item1 is "page" or "topic").Sample(s => site.Check(s.Item1, s.Item2, render: true), iter: Iterations(25), threads: 1, print: FuzzInputs.Print);

    [Fact]
    public void Deep_nesting_is_refused_with_a_position() =>
        FuzzInputs.DeeplyNested.Sample(p =>
        {
            var (target, bytes) = FuzzInputs.Nested(p.Style, p.Depth);
            var diagnostics = site.Check(target, bytes, render: true);
            // Styles 0-3 nest YAML (limit 64 levels), the others Markdown (limit 32); the margin keeps clear of off-by-ones in counting.
            var (code, limit) = p.Style <= 3 ? (DiagnosticCodes.YamlTooDeep, 64) : (DiagnosticCodes.MarkdownTooDeep, 32);
            if (p.Depth > limit + 4) diagnostics.ShouldContain(d => d.Code == code);
        }, iter: Iterations(40), threads: 1);

    [Fact]
    public void Alias_bombs_are_refused_before_they_expand() =>
        FuzzInputs.AliasBombs.Sample(s =>
        {
            var diagnostics = site.Check(s.Item1, s.Item2);
            var (levels, fanOut) = LevelsOf(s.Item2);
            if (Math.Pow(fanOut, levels) > 20_000) diagnostics.ShouldContain(d => d.Code == DiagnosticCodes.YamlAliasExpansion);
        }, iter: Iterations(60), threads: 1, print: FuzzInputs.Print);

    [Fact]
    public void Files_near_the_size_limit_are_read_or_refused_unread() =>
        FuzzInputs.Huge.Sample(s =>
        {
            var diagnostics = site.Check(s.Item1, s.Item2);
            var refused = diagnostics.Any(d => d.Code == DiagnosticCodes.FileTooLarge);
            refused.ShouldBe(s.Item2.Length > Core.Loading.GuideFiles.MaxFileBytes);
        }, iter: Iterations(6), threads: 1, print: FuzzInputs.Print);

    /// <summary>The shape of a generated bomb, read back from its text: how many levels, how many aliases per level.</summary>
    private static (int Levels, int FanOut) LevelsOf(byte[] bytes)
    {
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
        var levels = lines.Count(l => l.StartsWith('a')) - 1;
        var fanOut = levels == 0 ? 0 : lines[1].Count(c => c == '*');
        return (levels, fanOut);
    }

    public sealed class Site : IDisposable
    {
        public FuzzSite Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }
}
