using GuideGen.Tests.Bundled;

namespace GuideGen.Tests.Assessment;

/// <summary>
/// The storage rules of the self-assessment (templates/assets/assessment-store.js) in Jint: an opened
/// file never discards an answer, every field is checked, a failed save is never reported as saved,
/// and removing everything leaves nothing of this guide behind.
/// </summary>
public class AssessmentStoreTests(BundledGuideFixture guide) : IClassFixture<BundledGuideFixture>
{
    private string Run(string script) => AssessmentScripts.Load(guide.Output).Evaluate(script).ToString();

    private const string Setup = """
        var storage = memoryStorage();
        var store = S.create(data, storage);
        store.load();
        function dateText(v) { return String(v).slice(0, 10); }
        function file(list) { return JSON.stringify({ format: S.FORMAT, version: S.VERSION, guide: data.namespace, assessments: list }); }
        function saved() { return JSON.parse(storage.getItem(S.keyOf(data))); }
        """;

    [Fact]
    public void An_older_file_with_the_same_id_is_kept_beside_the_saved_assessment_never_over_it()
    {
        var result = Run(Setup + """
            (function () {
              var mine = assessment({ "S1/staff-spot-and-report-abuse": { answer: "met" }, "S2/safety-in-care-plans": { answer: "partly" } });
              mine.id = "same"; mine.updated = "2026-06-12T10:00:00.000Z";
              store.state.assessments.push(mine); store.state.current = "same"; store.save();
              var old = assessment({ "S1/old-item-id": { answer: "met" } });
              old.id = "same"; old.updated = "2025-01-15T10:00:00.000Z";
              var r = store.importText(file([old]), "old.json", new Date("2026-12-07T10:00:00Z"), dateText);
              var after = saved().assessments;
              var kept = after.filter(function (a) { return a.id === "same"; })[0];
              var copy = after.filter(function (a) { return a.id !== "same"; })[0];
              return [r.ok, after.length, JSON.stringify(kept.answers), JSON.stringify(copy.answers), copy.name, r.messages.join(" ")].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        parts[0].ShouldBe("true");
        parts[1].ShouldBe("2");
        parts[2].ShouldBe("""{"S1/staff-spot-and-report-abuse":{"answer":"met"},"S2/safety-in-care-plans":{"answer":"partly"}}""");
        parts[3].ShouldBe("""{"S1/old-item-id":{"answer":"met"}}""");
        parts[4].ShouldBe("Test (from old.json, updated 2025-01-15)");
        parts[5].ShouldContain("Both are kept");
    }

    [Fact]
    public void Opening_the_same_file_twice_changes_nothing_the_second_time()
    {
        Run(Setup + """
            (function () {
              var a = assessment({ "S4/secure-storage": { answer: "met", note: "locked cabinet" } });
              store.importText(file([a]), "a.json", new Date(), dateText);
              var before = storage.getItem(S.keyOf(data));
              var r = store.importText(file([a]), "a.json", new Date(), dateText);
              return (storage.getItem(S.keyOf(data)) === before) + " " + saved().assessments.length + " " + r.messages[0];
            })()
            """).ShouldBe("true 1 “Test” is already saved here exactly as in the file: nothing changed.");
    }

    [Theory]
    [InlineData("a.answers = 'met';", "its answers are not a list of answers")]
    [InlineData("a.answers = { 'S4/secure-storage': 'met' };", "the answer to S4/secure-storage is not an answer")]
    [InlineData("a.answers = { 'S4/secure-storage': { answer: 'yes' } };", "(yes) is not one of its answers")]
    [InlineData("a.answers = { 'S4/secure-storage': { answer: 'met', note: 5 } };", "the note on S4/secure-storage is not text")]
    [InlineData("a.statements = { safeguarding: { score: 7 } };", "is not 1 to 4")]
    [InlineData("a.actions = { x: { status: 'finished' } };", "unknown status")]
    [InlineData("a.date = 'yesterday';", "not a date")]
    [InlineData("a.name = 42;", "its name is not text")]
    [InlineData("a.extra = true;", "fields this guide does not use (extra)")]
    [InlineData("a.updated = 'soon';", "not a time")]
    public void A_field_that_does_not_fit_is_refused_with_the_reason_and_nothing_is_saved(string damage, string reason)
    {
        var result = Run(Setup + $$"""
            (function () {
              var a = assessment({}); {{damage}}
              var r = store.importText(file([a]), "bad.json", new Date(), dateText);
              return r.ok + " | " + storage.getItem(S.keyOf(data)) + " | " + r.messages.join(" ");
            })()
            """);
        result.ShouldStartWith("false | null | ");
        result.ShouldContain(reason);
    }

    [Fact]
    public void A_good_assessment_beside_a_damaged_one_is_opened_and_the_damaged_one_set_aside()
    {
        Run(Setup + """
            (function () {
              var good = assessment({}); good.id = "good";
              var bad = assessment("met"); bad.id = "bad"; bad.name = "Broken";
              var r = store.importText(file([good, bad]), "mixed.json", new Date(), dateText);
              return r.ok + " " + saved().assessments.map(function (a) { return a.id; }).join(",") + " | " + r.messages[1];
            })()
            """).ShouldBe("true good | “Broken” was not opened: its answers are not a list of answers.");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        Run(Setup + """
            (function () {
              var big = file([assessment({ "S4/secure-storage": { answer: "met", note: new Array(S.MAX_FILE_BYTES + 10).join("x") } })]);
              var r = store.importText(big, "big.json", new Date(), dateText);
              return r.ok + " " + storage.getItem(S.keyOf(data)) + " " + /at most 2 MB/.test(r.messages[0]);
            })()
            """).ShouldBe("false null true");
    }

    [Fact]
    public void A_save_the_browser_refuses_is_reported_and_an_import_that_cannot_be_saved_changes_nothing()
    {
        var result = Run(Setup + """
            (function () {
              store.add({ name: "Mine", date: "2026-12-07" }, new Date());
              var before = storage.getItem(S.keyOf(data));
              storage.full = true;
              var ok = store.save();
              var r = store.importText(file([assessment({})]), "a.json", new Date(), dateText);
              return [ok, store.saveError, store.lastSave !== null, r.ok, store.state.assessments.length, storage.getItem(S.keyOf(data)) === before, r.messages[0]].join(" | ");
            })()
            """);
        var parts = result.Split(" | ");
        parts[0].ShouldBe("false");
        parts[1].ShouldContain("full");
        parts[3].ShouldBe("false");
        parts[4].ShouldBe("1");
        parts[5].ShouldBe("true");
        parts[6].ShouldContain("Nothing was changed");
    }

    [Fact]
    public void New_assessments_get_distinct_names()
    {
        Run(Setup + """
            (function () {
              var now = new Date();
              [1, 2, 3].forEach(function () { store.add({ name: "Self-assessment 7 December 2026", date: "2026-12-07" }, now); });
              return store.state.assessments.map(function (a) { return a.name; }).join(" / ");
            })()
            """).ShouldBe("Self-assessment 7 December 2026 / Self-assessment 7 December 2026 (2) / Self-assessment 7 December 2026 (3)");
    }

    [Fact]
    public void Deleting_and_removing_everything_leave_nothing_of_this_guide_and_touch_nothing_else()
    {
        Run(Setup + """
            (function () {
              var a = store.add({ name: "One", date: "2026-12-07" }, new Date());
              var b = store.add({ name: "Two", date: "2026-12-07" }, new Date());
              storage.setItem(data.namespace + ":packs:v1", "{}");
              storage.setItem(data.namespace + ":theme", "dark");
              storage.setItem(S.keyOf(data) + ":unreadable:2026", "{corrupt");
              storage.setItem("another-guide:assessments:v1", "{}");
              store.remove(a.id);
              var afterDelete = saved().assessments.map(function (x) { return x.name; }).join(",");
              store.removeEverything();
              var left = []; for (var i = 0; i < storage.length; i++) left.push(storage.key(i));
              return afterDelete + " | " + left.join(",") + " | " + store.state.assessments.length;
            })()
            """).ShouldBe("Two | another-guide:assessments:v1 | 0");
    }
}
