using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// Inputs that once broke the loader, kept for ever: each file in tests/corpus/&lt;target&gt;/ is put in
/// place of that target's file in a small guide (see <see cref="FuzzSite.Targets"/>) and the whole check,
/// rendering included, must hold the fuzz property.
/// </summary>
public sealed class CorpusReplayTests : IClassFixture<LoaderFuzzTests.Site>
{
    private readonly FuzzSite site;

    public CorpusReplayTests(LoaderFuzzTests.Site fixture) => site = fixture.Value;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Folder, file).Replace('\\', '/'));
        return data;
    }

    private static string Folder => Path.Combine(Repository.Root, "tests", "corpus");

    [Fact]
    public void Every_corpus_folder_names_a_target() =>
        Directory.GetDirectories(Folder).Select(Path.GetFileName).ShouldAllBe(name => FuzzSite.Targets.ContainsKey(name!));

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_input_holds_the_property(string file) =>
        site.Check(file.Split('/')[0], File.ReadAllBytes(Path.Combine(Folder, file)), render: true);
}
