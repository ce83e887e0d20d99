using System.Text.RegularExpressions;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Links the first use of each glossary term (or alias) on a page to its glossary entry, with the
/// meaning as the link's accessible description. One linker serves one page, across all the page's
/// Markdown fragments, so a term is linked once per page. Headings and existing links are left alone.
/// </summary>
public sealed class GlossaryLinker
{
    private readonly GlossaryTerms terms;
    private readonly string currentPath;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly List<(string Id, string Meaning)> tips = [];

    public GlossaryLinker(GlossaryTerms terms, string currentPath)
    {
        this.terms = terms;
        this.currentPath = currentPath;
    }

    /// <summary>The terms linked on this page, in order of first use: their meanings go into the page once.</summary>
    public IReadOnlyList<(string Id, string Meaning)> Tips => tips;

    /// <summary>Whether <see cref="Link"/> would link a term in text that Markdown renders as it stands, one literal per line.</summary>
    public bool WouldLinkIn(string literalText)
    {
        if (terms.IsEmpty) return false;
        foreach (var line in literalText.Split('\n'))
            if (line.Length > 0 && terms.FirstUnused(line, used) is not null) return true;
        return false;
    }

    public void Link(MarkdownDocument document)
    {
        if (terms.IsEmpty) return;
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (paragraph.Inline is null) continue;
            var pending = new Queue<LiteralInline>(paragraph.Inline.Descendants<LiteralInline>().Where(l => !InsideLink(l)));
            while (pending.Count > 0)
            {
                var literal = pending.Dequeue();
                var text = literal.Content.ToString();
                var match = terms.FirstUnused(text, used);
                if (match is null) continue;
                var (entry, index, length) = match.Value;
                used.Add(entry.Id);
                tips.Add((entry.Id, entry.Meaning));

                var link = new LinkInline(SitePaths.Relative(currentPath, SitePaths.Glossary, entry.Id), "");
                link.AppendChild(new LiteralInline(text.Substring(index, length)));
                var attributes = link.GetAttributes();
                attributes.AddClass("glossary-term");
                attributes.AddProperty("aria-describedby", "tip-" + entry.Id);

                if (index > 0) literal.InsertBefore(new LiteralInline(text[..index]));
                literal.InsertBefore(link);
                var rest = text[(index + length)..];
                if (rest.Length > 0)
                {
                    var after = new LiteralInline(rest);
                    literal.InsertBefore(after);
                    pending.Enqueue(after);
                }
                literal.Remove();
            }
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }
}

/// <summary>The glossary's terms and aliases as one matcher, built once per build.</summary>
public sealed class GlossaryTerms
{
    public sealed record Entry(string Id, string Meaning);

    private readonly Regex? pattern;
    private readonly Dictionary<string, Entry> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entry> byAbbreviation = new(StringComparer.Ordinal);

    public GlossaryTerms(Glossary? glossary, Func<string, string> plainText)
    {
        if (glossary is null) return;
        var names = new List<string>();
        foreach (var entry in glossary.Entries)
        {
            var value = new Entry(entry.Id, plainText(entry.Term.Meaning));
            foreach (var name in (entry.Term.Aliases ?? []).Prepend(entry.Term.Term))
            {
                // Abbreviations (all capitals) match only in capitals: "RI" is not "ri" in "Ribbon".
                var target = IsAbbreviation(name) ? byAbbreviation : byName;
                if (target.TryAdd(name, value)) names.Add(name);
            }
        }
        if (names.Count == 0) return;
        var alternatives = names.OrderByDescending(n => n.Length).Select(n => IsAbbreviation(n) ? Regex.Escape(n) : "(?i:" + Regex.Escape(n) + ")");
        pattern = new Regex(@"(?<![\p{L}\p{N}-])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}-])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public bool IsEmpty => pattern is null;

    /// <summary>The first term in the text whose entry is not yet used on the page.</summary>
    public (Entry Entry, int Index, int Length)? FirstUnused(string text, IReadOnlySet<string> used)
    {
        if (pattern is null) return null;
        for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
        {
            var entry = byAbbreviation.GetValueOrDefault(match.Value) ?? byName.GetValueOrDefault(match.Value);
            if (entry is not null && !used.Contains(entry.Id)) return (entry, match.Index, match.Length);
        }
        return null;
    }

    private static bool IsAbbreviation(string name) => name.Length <= 6 && name.Any(char.IsUpper) && !name.Any(char.IsLower);
}
