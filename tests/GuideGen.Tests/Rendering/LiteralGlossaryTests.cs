using CsCheck;
using GuideGen.Core;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Output;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// Glossary terms in text that is only words are linked without Markdig (<see cref="LiteralMarkdown"/>
/// with a <see cref="GlossaryLinker"/>). On any page of such fragments the fast path must give Markdig's
/// path to the byte: the same HTML for every fragment, the same terms linked once per page in the same
/// order, whichever fragments are literal and whichever are not.
/// </summary>
public class LiteralGlossaryTests
{
    private static readonly Glossary Terms = new("content/glossary.yml",
    [
        Entry("dols", "Deprivation of Liberty Safeguards", "DoLS", "DOLS"),
        Entry("care-plan", "Care plan", "care plans", "support plan"),
        Entry("advance-care-plan", "Advance care plan", "advance plan"),
        Entry("ri", "Responsible individual", "RI"),
        Entry("mca", "Mental Capacity Act", "MCA", "Mental Capacity Act 2005"),
        Entry("well-led", "Well-led", "well led"),
        Entry("prn", "PRN medicine", "as required medicine", "PRN"),
    ]);

    private static GlossaryEntry Entry(string id, string term, params string[] aliases) =>
        new(id, new GlossaryTerm { Term = term, Aliases = aliases, Meaning = $"What {term} means." });

    private const string Words = "the a staff plan care Care plans liberty Ribbon RIver well led-by well-led-ish advance \"quoted\" (care plan) plan's 2005 é漢";

    private static (List<string> Html, List<(string, string)> Tips) RenderPage(IReadOnlyList<string> fragments, bool reference, bool inline)
    {
        using var mode = FastPaths.UseReference(reference);
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(new LinkResolver(new Dictionary<string, LinkTarget>(), diagnostics), diagnostics, RawHtmlPolicy.From(null));
        var linker = new GlossaryLinker(new GlossaryTerms(Terms, t => t), "topics/s1-safeguarding.html");
        var html = fragments.Select(f => renderer.Render(new MarkdownSource(f, (_, _) => SourceSpan.FileStart("t.yml")), "topics/s1-safeguarding.html", inline, linker)).ToList();
        diagnostics.Sorted().ShouldBeEmpty();
        return (html, linker.Tips.ToList());
    }

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static void SameBothWays(IReadOnlyList<string> fragments)
    {
        foreach (var inline in new[] { false, true })
        {
            var fast = RenderPage(fragments, reference: false, inline);
            var plain = RenderPage(fragments, reference: true, inline);
            var shown = string.Join(" | ", fragments).ReplaceLineEndings("\\n");
            fast.Html.ShouldBe(plain.Html, shown);
            fast.Tips.ShouldBe(plain.Tips, shown);
        }
    }

    [Fact]
    public void Pages_of_literal_text_full_of_terms_link_as_markdig_does()
    {
        var names = Terms.Entries.SelectMany(e => e.Term.Aliases!.Prepend(e.Term.Term)).ToArray();
        var token = Gen.Frequency((3, Pick(Words.Split(' '))), (2, Pick(names)), (1, Pick(names.Select(n => n.ToLowerInvariant()).ToArray())));
        var line = Gen.Select(Gen.Char["abcXYZé"], token.Array[0, 8]).Select((first, rest) => (first + " " + string.Join(' ', rest)).TrimEnd(' '));
        var fragment = Gen.Select(line, Gen.Select(Pick("\n", "\n\n"), line).Array[0, 3])
            .Select((first, rest) => first + string.Concat(rest.Select(p => p.Item1 + p.Item2)));
        // Some fragments are not literal (emphasis), so Markdig's path and the literal path take turns on one page.
        var maybeMarked = Gen.Frequency((4, fragment), (1, fragment.Select(f => f + " *and* more")));
        maybeMarked.Array[1, 6].Sample(fragments => SameBothWays(fragments), iter: 2000, threads: 1);
    }

    [Theory]
    [InlineData("Check every DoLS application. Check the DoLS again.")]
    [InlineData("A care plan and an Advance care plan\nthen DoLS and the RI and Mental Capacity Act 2005")]
    [InlineData("Ribbon RIver RI-led ri well-led-ish well led")]
    [InlineData("First care plan here\n\nDoLS in the second paragraph, care plans too\nand \"quoted DoLS\"")]
    public void Examples_link_as_markdig_does(string text) => SameBothWays([text, text, "Another PRN and " + text]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_term_of_a_paragraph_is_linked_at_its_first_use_in_reading_order(bool reference)
    {
        // Emphasis sends the text through Markdig; the linker once lost every term after a paragraph's first.
        var (html, tips) = RenderPage(["A *care plan* and DoLS, then an Advance care plan\nand the RI and DoLS again"], reference, inline: false);
        html[0].ShouldBe("<p>A <em><a href=\"../glossary.html#care-plan\" class=\"glossary-term\" aria-describedby=\"tip-care-plan\">care plan</a></em> and "
            + "<a href=\"../glossary.html#dols\" class=\"glossary-term\" aria-describedby=\"tip-dols\">DoLS</a>, then an "
            + "<a href=\"../glossary.html#advance-care-plan\" class=\"glossary-term\" aria-describedby=\"tip-advance-care-plan\">Advance care plan</a>\nand the "
            + "<a href=\"../glossary.html#ri\" class=\"glossary-term\" aria-describedby=\"tip-ri\">RI</a> and DoLS again</p>");
        tips.Select(t => t.Item1).ShouldBe(["care-plan", "dols", "advance-care-plan", "ri"]);
    }

    [Fact]
    public void Literal_text_with_a_term_takes_the_fast_path()
    {
        var linker = new GlossaryLinker(new GlossaryTerms(Terms, t => t), "topics/s1-safeguarding.html");
        LiteralMarkdown.Html("Check every DoLS application", inline: true, linker)
            .ShouldBe("""Check every <a href="../glossary.html#dols" class="glossary-term" aria-describedby="tip-dols">DoLS</a> application""");
        linker.Tips.ShouldBe([("dols", "What Deprivation of Liberty Safeguards means.")]);
    }
}
