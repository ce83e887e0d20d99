using CsCheck;
using GuideGen.Core;
using GuideGen.Core.Model;
using GuideGen.Rendering.Markdown;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// Glossary names are found by <see cref="TermScanner"/> where it can, and by the glossary's pattern in
/// reference mode (its plain twin). On any text, and any part of a text, both must find the same names
/// at the same places, naming the same entries.
/// </summary>
public class TermScannerTests
{
    private static readonly GlossaryTerms Terms = new(new Glossary("content/glossary.yml",
    [
        Entry("dols", "Deprivation of Liberty Safeguards", "DoLS"),
        Entry("care-act", "Care Act 2014", "Care Act"),
        Entry("care-plan", "Care plan", "care plans", "care-plan"),
        Entry("ri", "Responsible individual", "RI"),
        Entry("well-led", "Well-led", "well led"),
        Entry("round-clock", "24-hour care", "24 hour care"),
        Entry("e-learning", "e-learning", "elearning"),
        Entry("kit", "Kit", "KIT"),
    ]), t => t);

    private static GlossaryEntry Entry(string id, string term, params string[] aliases) =>
        new(id, new GlossaryTerm { Term = term, Aliases = aliases, Meaning = term });

    private static List<(string, int, int)> Found(string text, int start, int length, bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        return Terms.Matches(text, start, length).Select(m => (m.Entry.Id, m.Index, m.Length)).ToList();
    }

    private static void Same(string text, int start, int length) =>
        Found(text, start, length, reference: false).ShouldBe(Found(text, start, length, reference: true), $"[{start},{length}] {text}");

    private static readonly string[] Pieces =
    [
        "care", "Care", "CARE", "plan", "plans", "Act", "act", "2014", "2015", "DoLS", "dols", "RI", "ri", "Ri", "well", "led", "Well-led",
        "24", "hour", "e-learning", "elearning", "kit", "KIT", "Kit", "\u212Ait", "ſ", "ı", "é", "careé", "漢", "½", "Ⅻ", "x",
        " ", " ", " ", "-", "-", ".", ",", "\n", "'", "(", ")", "/", "_",
    ];

    [Fact]
    public void The_scanner_finds_what_the_pattern_finds()
    {
        var text = Gen.Int[0, Pieces.Length - 1].Array[0, 16].Select(ix => string.Concat(ix.Select(i => Pieces[i])));
        text.SelectMany(t => Gen.Int[0, t.Length].SelectMany(start => Gen.Int[0, t.Length - start].Select(length => (t, start, length))))
            .Sample(c => Same(c.t, c.start, c.length), iter: 20000, threads: 1);
    }

    [Theory]
    [InlineData("The Care Act 2014 and the care plans, a Well-led service, 24-hour care")]
    [InlineData("RI and Ri and ri; DoLS-like, non-DoLS, DoLS.")]
    [InlineData("\u212AIT and Kit and KIT")]
    [InlineData("careé plan, Care planning, care-plan, care-plans")]
    public void Examples(string text)
    {
        Same(text, 0, text.Length);
        Found(text, 0, text.Length, reference: false).ShouldNotBeEmpty();
    }
}
