using GuideGen.Core.Output;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Links the first use of each glossary term (or alias) on a page to its glossary entry, with the
/// meaning as the link's accessible description. One linker serves one page, across all the page's
/// Markdown fragments, so a term is linked once per page: at its first use in reading order (each
/// paragraph's text from start to end). Headings and existing links are left alone.
/// </summary>
public sealed class GlossaryLinker(GlossaryTerms terms, string currentPath)
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Meaning)> tips = [];

    /// <summary>The terms linked on this page, in order of first use: their meanings go into the page once.</summary>
    public IReadOnlyList<(string Id, string Meaning)> Tips => tips;

    /// <summary>A term to link: where it is in the text, and the link's address and entry id.</summary>
    internal readonly record struct TermLink(int Start, int Length, string Href, string Id);

    public void Link(MarkdownDocument document)
    {
        if (terms.IsEmpty) return;
        var links = new List<TermLink>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Inline is null) continue;
            foreach (var literal in paragraph.Inline.Descendants<LiteralInline>().Where(l => !InsideLink(l)).ToList())
            {
                var text = literal.Content.ToString();
                links.Clear();
                Find(text, 0, text.Length, links);
                if (links.Count > 0) Replace(literal, text, links);
            }
        }
    }

    /// <summary>
    /// <see cref="Link"/> for text that Markdown renders as it stands (<see cref="LiteralMarkdown"/>):
    /// each line is one literal of its paragraph, searched in reading order as <see cref="Link"/>
    /// searches Markdig's literals, so the same terms are linked and marked used. False, with nothing
    /// marked, when an entry's id would need escaping in the link: then Markdig renders the text.
    /// </summary>
    internal bool LinkLines(string text, IReadOnlyList<LiteralMarkdown.LiteralLine> lines, List<TermLink> links)
    {
        if (terms.IsEmpty) return true;
        if (!terms.IdsArePlain) return false;
        foreach (var line in lines) Find(text, line.Start, line.Length, links);
        return true;
    }

    // The first use of each entry not yet used on the page, within text[start..start+length], in order.
    private void Find(string text, int start, int length, List<TermLink> links)
    {
        foreach (var (entry, index, matched) in terms.Matches(text, start, length))
        {
            if (!used.Add(entry.Id)) continue;
            tips.Add((entry.Id, entry.Meaning));
            links.Add(new TermLink(index, matched, SitePaths.Relative(currentPath, SitePaths.Glossary, entry.Id), entry.Id));
        }
    }

    // The literal becomes its text with the terms as links, built as new inlines in place of the old one.
    private static void Replace(LiteralInline literal, string text, List<TermLink> links)
    {
        var pieces = new List<Inline>();
        var at = 0;
        foreach (var term in links)
        {
            if (term.Start > at) pieces.Add(new LiteralInline(text[at..term.Start]));
            var link = new LinkInline(term.Href, "");
            link.AppendChild(new LiteralInline(text.Substring(term.Start, term.Length)));
            var attributes = link.GetAttributes();
            attributes.AddClass("glossary-term");
            attributes.AddProperty("aria-describedby", "tip-" + term.Id);
            pieces.Add(link);
            at = term.Start + term.Length;
        }
        if (at < text.Length) pieces.Add(new LiteralInline(text[at..]));
        literal.ReplaceBy(pieces[0]);
        for (var i = 1; i < pieces.Count; i++) pieces[i - 1].InsertAfter(pieces[i]);
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}
