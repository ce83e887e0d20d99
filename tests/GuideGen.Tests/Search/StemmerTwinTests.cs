using GuideGen.Search;
using GuideGen.Testing;
using Jint;

namespace GuideGen.Tests.Search;

/// <summary>
/// The index is stemmed in C# and queries in the browser: the two stemmers must agree on every word,
/// or a word of the guide could not be found by typing it. Checked on every word of the bundled
/// guide's content and of the test sites, plus Porter's published examples.
/// </summary>
public class StemmerTwinTests
{
    private static Engine BrowserStemmer()
    {
        var engine = new Engine();
        engine.Execute("var window = this;");
        engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, "assets", "stemmer.js")));
        return engine;
    }

    [Fact]
    public void Both_stemmers_give_the_same_stem_for_every_word_of_the_guide()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { Path.Combine(Repository.Root, "content"), Repository.TestSites })
            foreach (var file in Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yml") || f.EndsWith(".md")))
                foreach (var piece in TextAnalyzer.Pieces(File.ReadAllText(file)))
                    if (piece.Length > 0) words.Add(piece.ToString().ToLowerInvariant());
        words.Count.ShouldBeGreaterThan(4000);

        var engine = BrowserStemmer();
        var list = words.ToArray();
        engine.SetValue("words", list);
        var browser = engine.Evaluate("words.map(function (w) { return window.GuideGenStem(w); }).join('\\n')").AsString().Split('\n');
        var differences = list.Select((w, i) => (Word: w, Ours: PorterStemmer.Stem(w), Browser: browser[i]))
            .Where(x => x.Ours != x.Browser).Select(x => $"{x.Word}: C# {x.Ours}, browser {x.Browser}").ToList();
        differences.ShouldBeEmpty();
    }

    [Theory]
    // From Porter's paper and his published vocabulary, and the words managers type.
    [InlineData("caresses", "caress")] [InlineData("ponies", "poni")] [InlineData("agreed", "agre")] [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")] [InlineData("hopping", "hop")] [InlineData("filing", "file")] [InlineData("happy", "happi")]
    [InlineData("relational", "relat")] [InlineData("generalization", "gener")] [InlineData("hopeful", "hope")] [InlineData("adjustment", "adjust")]
    [InlineData("adoption", "adopt")] [InlineData("controll", "control")] [InlineData("roll", "roll")] [InlineData("cease", "ceas")]
    [InlineData("errors", "error")] [InlineData("error", "error")] [InlineData("falls", "fall")] [InlineData("falling", "fall")]
    [InlineData("supervision", "supervis")] [InlineData("supervising", "supervis")] [InlineData("ulcers", "ulcer")]
    [InlineData("covertly", "covert")] [InlineData("regularly", "regular")] [InlineData("only", "onli")] [InlineData("rely", "reli")]
    [InlineData("dols", "dol")] [InlineData("a1", "a1")] [InlineData("is", "is")]
    public void Stems_follow_porters_algorithm(string word, string stem)
    {
        PorterStemmer.Stem(word).ShouldBe(stem);
        BrowserStemmer().Invoke("GuideGenStem", word).AsString().ShouldBe(stem);
    }
}
