using GuideGen.Core.Output;
using GuideGen.Testing;
using Jint;

namespace GuideGen.Tests.Search;

/// <summary>
/// Reading a query and ranking results (templates/assets/search-query.js and search-rank.js), run in Jint
/// as the engine runs them: phrases, the word still being typed, words that may be one, synonyms,
/// guesses at a misspelling, and a topic raised by its items.
/// </summary>
public class SearchQueryTests
{
    private static string Run(string script)
    {
        var engine = new Engine();
        engine.Execute("var window = this;");
        // The engine's scripts before search-engine.js, in page order.
        foreach (var file in BrowserScripts.SearchEngine.TakeWhile(s => s != "assets/search-engine.js"))
            engine.Execute(File.ReadAllText(Path.Combine(Repository.Templates, file)));
        engine.Execute("""
            var Q = window.GuideGenSearchParts.query, Rank = window.GuideGenSearchParts.rank;
            var stop = new Set(["the", "a", "of"]);
            Q.useStopWords(stop);
            // As the engine's terms(): fold, drop stop words, stem.
            function terms(t) { return t.split(Q.SPLIT).map(function (w) { var f = w ? Q.fold(w) : ""; return f && !stop.has(f) ? window.GuideGenStem(f) : null; }).filter(Boolean); }
            """);
        return engine.Evaluate(script).ToString();
    }

    [Fact]
    public void A_query_is_read_into_stemmed_words_quoted_phrases_and_whether_the_last_word_is_still_being_typed()
    {
        Run("""JSON.stringify(Q.parseQuery('"Hand washing" the care pla', terms))""")
            .ShouldBe("""{"tokens":["hand","wash","care","pla"],"joined":["handwash","washingcar","carepla"],"phrases":[" hand washing "],"typing":true}""");
        Run("""JSON.stringify(Q.parseQuery("whistle blowing ", terms))""")
            .ShouldBe("""{"tokens":["whistl","blow"],"joined":["whistleblow"],"phrases":[],"typing":false}""");
        Run("""JSON.stringify(Q.parseQuery("the of", terms).tokens)""").ShouldBe("[]");
    }

    [Fact]
    public void Two_words_that_may_be_one_find_both_words_or_the_word_they_make_and_the_last_is_a_prefix()
    {
        Run("""JSON.stringify(Q.buildQuery(terms("care plan"), true, [], new Map(), 1, Q.parseQuery("care plan", terms).joined))""")
            .ShouldBe("""{"combineWith":"AND","queries":[{"combineWith":"OR","queries":[{"combineWith":"AND","queries":["care",{"queries":["plan"],"prefix":true}]},"careplan"]}]}""");
    }

    [Fact]
    public void A_synonym_finds_its_group_for_less_than_the_word_typed()
    {
        var result = Run("""
            (function () {
              var tree = Q.buildQuery(terms("medicines care"), true, [["medicin", "drug"]], new Map([["medicin", 0], ["drug", 0]]), 1, null);
              var first = tree.queries[0], synonym = first.queries[1];
              return [tree.combineWith, first.prefix, first.queries[0], synonym.queries[0], synonym.boostTerm(), tree.queries[1].prefix].join(" ");
            })()
            """);
        result.ShouldBe("AND false medicin drug 0.4 true");
    }

    [Fact]
    public void Guesses_at_a_misspelling_swap_two_letters_or_split_the_word_in_two()
    {
        var guesses = Run("""Q.misspellings("hygein").map(function (q) { return q.queries.join("+") + "@" + q.boostTerm; }).join(" ")""").Split(' ');
        guesses.ShouldContain("hygien@0.4"); // "hygeine", letters swapped
        guesses.ShouldContain("hyg+ein@0.4");
        guesses.ShouldNotContain("hygein@0.4"); // never the word itself
        Run("""Q.misspellings("care").length""").ShouldBe("0"); // too short to guess at
    }

    [Fact]
    public void A_topic_is_raised_by_its_items_scores_and_one_topic_does_not_fill_the_first_results()
    {
        Run("""
            (function () {
              var results = [{ id: "a", kind: "recommendation", topic: "t1", score: 10, terms: ["x"] }, { id: "t2", kind: "topic", topic: "t2", score: 9, terms: ["x"] }, { id: "b", kind: "recommendation", topic: "t1", score: 8, terms: ["y"] }];
              var gathered = Rank.gatherByTopic(results, function (group, item, words) { return { id: group, kind: "topic", topic: group, score: 0, terms: words }; });
              return gathered.map(function (r) { return r.id + ":" + r.score.toFixed(2) + (r.kind === "topic" ? "(" + r.terms.join(",") + ")" : ""); }).join(" ");
            })()
            """).ShouldBe("a:10.00 t2:9.00(x) t1:8.10(x,y) b:8.00"); // 0.3 × (10 + 8) × 1.5
        Run("""
            (function () {
              var r = [{ id: "a", topic: "t1", score: 10 }, { id: "b", topic: "t1", score: 9 }, { id: "c", topic: "t1", score: 8 }, { id: "d", topic: "t2", score: 7 }];
              Rank.diversify(r, 0, r.length);
              return r.map(function (x) { return x.id; }).join("");
            })()
            """).ShouldBe("adbc");
    }
}
