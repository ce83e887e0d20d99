using System.Text.RegularExpressions;
using GuideGen.Core.Output;
using GuideGen.Testing;
using GuideGen.Tests.Assessment;

namespace GuideGen.Tests.Scripts;

/// <summary>
/// The browser scripts in templates/assets/ stay small, one job each, and every one is loaded, in the
/// order the C# lists give (<see cref="BrowserScripts"/>), by a page or by the scripts that load search.
/// </summary>
public partial class BrowserScriptTests
{
    /// <summary>A script this long has more than one job: split it (docs/developing.md, "The browser scripts").</summary>
    private const int MaxLines = 250;

    private static readonly string Assets = Path.Combine(Repository.Templates, "assets");

    private static string Script(string name) => File.ReadAllText(Path.Combine(Assets, name));

    [GeneratedRegex("""var (\w+) = \[([^\]]*)\];""")]
    private static partial Regex ScriptList();

    /// <summary>The lists of script names a script holds (`var NAME = ["a.js", …];`, or the one list it loads from).</summary>
    private static Dictionary<string, string[]> Lists(string script) =>
        ScriptList().Matches(Script(script)).ToDictionary(m => m.Groups[1].Value,
            m => Regex.Matches(m.Groups[2].Value, "\"([^\"]+)\"").Select(n => "assets/" + n.Groups[1].Value).ToArray());

    [Fact]
    public void No_script_has_250_lines_or_more()
    {
        var scripts = Directory.GetFiles(Assets, "*.js");
        scripts.Length.ShouldBeGreaterThan(20);
        scripts.Select(f => (Name: Path.GetFileName(f), Lines: File.ReadAllLines(f).Length))
            .Where(s => s.Lines >= MaxLines).Select(s => $"{s.Name}: {s.Lines} lines").ShouldBeEmpty();
    }

    [Fact]
    public void The_search_scripts_load_the_engine_and_the_sharded_index_in_the_order_the_CSharp_lists_give()
    {
        var loader = Lists("search-loader.js");
        new[] { "assets/stemmer.js" }.Concat(loader["ENGINE_PARTS"]).ShouldBe(BrowserScripts.SearchEngine);
        loader["SHARD_PARTS"].ShouldBe(BrowserScripts.SearchShards);
        // The page scripts search.js adds: the loader first, search-ui.js (which starts the others) last.
        var page = Regex.Matches(Script("search.js"), "\"(search-[\\w-]+\\.js)\"").Select(m => m.Groups[1].Value).ToArray();
        page.ShouldBe(["search-loader.js", "search-results.js", "search-box.js", "search-page.js", "search-ui.js"]);
    }

    [Fact]
    public void Every_script_is_loaded_by_a_page_or_by_search()
    {
        var layout = File.ReadAllText(Path.Combine(Repository.Templates, "layout.html"));
        var loaded = Regex.Matches(layout, "assets/([\\w-]+\\.js)").Select(m => "assets/" + m.Groups[1].Value)
            .Concat(BrowserScripts.Assessment).Concat(BrowserScripts.Packs).Concat(BrowserScripts.SearchEngine).Concat(BrowserScripts.SearchShards)
            .Concat(Regex.Matches(Script("search.js"), "\"(search-[\\w-]+\\.js)\"").Select(m => "assets/" + m.Groups[1].Value))
            .ToHashSet();
        Directory.GetFiles(Assets, "*.js").Select(f => "assets/" + Path.GetFileName(f)).Where(f => !loaded.Contains(f)).ShouldBeEmpty();
    }

    [Fact]
    public void The_Jint_tests_load_the_assessments_DOM_free_scripts_in_page_order()
    {
        var order = BrowserScripts.Assessment.ToList();
        AssessmentScripts.Pure.ShouldAllBe(s => order.Contains(s));
        AssessmentScripts.Pure.Select(s => order.IndexOf(s)).ShouldBeInOrder(SortDirection.Ascending);
        AssessmentScripts.Rules.ShouldBe(AssessmentScripts.Pure.Take(AssessmentScripts.Rules.Length));
    }
}
