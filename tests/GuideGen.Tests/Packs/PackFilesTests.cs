using GuideGen.Testing;
using Jint;

namespace GuideGen.Tests.Packs;

/// <summary>
/// What a training packs file, or the packs kept in the browser, must look like
/// (templates/assets/packs-files.js), run in Jint: only this guide's packs files open, every field is
/// made the type the page uses, and an opened pack replaces the saved one with its id.
/// </summary>
public class PackFilesTests
{
    private static string Run(string script)
    {
        var engine = new Engine();
        engine.Execute("var window = this;");
        engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, "assets", "packs-files.js")));
        engine.Execute("""
            var P = window.GuideGenPacks, data = { namespace: "guide" };
            function file(packs, guide) { return JSON.stringify({ format: "guidegen-packs", version: 1, guide: guide || "guide", packs: packs }); }
            """);
        return engine.Evaluate(script).ToString();
    }

    [Theory]
    [InlineData("'not json'")]
    [InlineData("JSON.stringify({ format: 'guidegen-assessments', guide: 'guide', packs: [] })")]
    [InlineData("file([], 'another-guide')")]
    [InlineData("file([{ id: 'p1' }, { title: 'no id' }])")]
    [InlineData("JSON.stringify({ format: 'guidegen-packs', guide: 'guide', packs: {} })")]
    public void A_file_that_is_not_this_guides_packs_file_is_refused_whole(string text) =>
        Run($"P.readFile(data, {text}) === null").ShouldBe("true");

    [Fact]
    public void An_opened_pack_has_text_where_text_belongs_and_lists_of_text_only()
    {
        Run("""JSON.stringify(P.readFile(data, file([{ id: "p1", title: 7, notes: "Bring the policy", service: null, blocks: ["recommendations", 3, "telling-signs"], topics: "s1-safeguarding", extra: "<b>" }])))""")
            .ShouldBe("""[{"id":"p1","title":"Training pack","notes":"Bring the policy","service":"","blocks":["recommendations","telling-signs"],"topics":[]}]""");
    }

    [Fact]
    public void An_opened_pack_replaces_the_saved_one_with_its_id_and_others_are_added()
    {
        Run("""
            (function () {
              var state = P.emptyState(data);
              state.packs.push(P.cleanPack({ id: "p1", title: "Old" }), P.cleanPack({ id: "p2", title: "Kept" }));
              P.merge(state, P.readFile(data, file([{ id: "p1", title: "New" }, { id: "p3", title: "Added" }])));
              return state.packs.map(function (p) { return p.id + " " + p.title; }).join(", ");
            })()
            """).ShouldBe("p1 New, p2 Kept, p3 Added");
    }

    [Fact]
    public void A_downloaded_file_opens_again_as_it_was()
    {
        Run("""
            (function () {
              var state = P.emptyState(data);
              state.packs.push(P.cleanPack({ id: "p1", title: "Induction", notes: "Day one", service: "dom", blocks: ["recommendations"], topics: ["s1-safeguarding"] }));
              var text = P.exportText(data, state);
              return (text.slice(-1) === "\n") + " " + (JSON.stringify(P.readFile(data, text)) === JSON.stringify(state.packs));
            })()
            """).ShouldBe("true true");
    }

    [Fact]
    public void Saved_packs_that_cannot_be_read_are_left_out_and_unreadable_storage_starts_afresh()
    {
        Run("""JSON.stringify(P.readSaved(JSON.stringify({ format: "guidegen-packs", packs: [{ id: "p1" }, { title: "no id" }, null], current: "p1" })).packs.map(function (p) { return p.id; }))""")
            .ShouldBe("""["p1"]""");
        Run("""[P.readSaved("{broken"), P.readSaved(null), P.readSaved(JSON.stringify({ format: "other", packs: [] }))].join(",")""").ShouldBe(",,");
        Run("""P.keyOf(data)""").ShouldBe("guide:packs:v1");
    }
}
