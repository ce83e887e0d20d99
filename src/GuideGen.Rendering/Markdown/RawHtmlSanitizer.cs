using System.Net;
using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Decides what each piece of raw HTML in a parsed Markdown document becomes: tags on the allow-list
/// are written again from their parsed parts (names lower-cased, attribute values re-escaped), and
/// every other tag is shown as text and reported (GG1201). Tags are balanced within each paragraph
/// (inline HTML) and each container (HTML blocks), so content can never leave an element open on the
/// page. The result is stored on the node; <see cref="RawHtmlExtension"/>'s renderers write only that.
/// </summary>
public sealed class RawHtmlSanitizer(RawHtmlPolicy policy, DiagnosticBag diagnostics)
{
    public const string SafeHtmlKey = "guidegen:safe-html";

    public void Sanitize(MarkdownDocument document, MarkdownSource source)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null) continue;
            var open = new Stack<string>();
            var inlines = leaf.Inline.Descendants<HtmlInline>().ToList();
            foreach (var inline in inlines)
                inline.SetData(SafeHtmlKey, Clean(inline.Tag ?? "", open, source, inline.Line, inline.Column));
            if (open.Count > 0 && inlines.Count > 0)
            {
                var closer = new HtmlInline(CloseAll(open));
                closer.SetData(SafeHtmlKey, closer.Tag);
                leaf.Inline.AppendChild(closer);
            }
        }

        foreach (var container in document.Descendants<ContainerBlock>().Prepend(document))
        {
            var open = new Stack<string>();
            HtmlBlock? last = null;
            foreach (var block in container.OfType<HtmlBlock>())
            {
                block.SetData(SafeHtmlKey, Clean(block.Lines.ToString(), open, source, block.Line, block.Column));
                last = block;
            }
            if (last is not null && open.Count > 0) last.SetData(SafeHtmlKey, (string)last.GetData(SafeHtmlKey)! + CloseAll(open));
        }
    }

    private string Clean(string html, Stack<string> open, MarkdownSource source, int line, int column)
    {
        var output = new StringBuilder();
        foreach (var token in HtmlTagReader.Read(html))
        {
            var refusal = token.Kind switch
            {
                HtmlTokenKind.StartTag => Refusal(token),
                HtmlTokenKind.EndTag => EndRefusal(token, open),
                HtmlTokenKind.Other => "markup of this kind is not allowed in Markdown",
                _ => null,
            };
            if (refusal is not null)
            {
                Report(token, refusal, html, source, line, column);
                output.Append(WebUtility.HtmlEncode(token.Raw));
                continue;
            }
            switch (token.Kind)
            {
                case HtmlTokenKind.Text:
                    output.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(token.Raw)));
                    break;
                case HtmlTokenKind.Comment:
                    break; // an author's note: never shown, never reported
                case HtmlTokenKind.StartTag:
                    output.Append('<').Append(token.Name);
                    foreach (var (name, value) in token.Attributes!)
                    {
                        output.Append(' ').Append(name);
                        if (value is not null) output.Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
                    }
                    output.Append('>');
                    if (!RawHtmlPolicy.VoidElements.Contains(token.Name)) open.Push(token.Name);
                    break;
                case HtmlTokenKind.EndTag:
                    // Close what the author left open inside this element first, so the page stays well nested.
                    while (open.Pop() is var name && name != token.Name) output.Append("</").Append(name).Append('>');
                    output.Append("</").Append(token.Name).Append('>');
                    break;
            }
        }
        return output.ToString();
    }

    private string? Refusal(HtmlToken tag)
    {
        if (!policy.Elements.Contains(tag.Name)) return $"the element <{tag.Name}> is not on the allow-list ({List(policy.Elements)})";
        if (tag.SelfClosing && !RawHtmlPolicy.VoidElements.Contains(tag.Name)) return $"<{tag.Name}/> cannot be self-closing";
        var attribute = tag.Attributes!.FirstOrDefault(a => !policy.Attributes.Contains(a.Name)).Name;
        if (attribute is not null) return $"the attribute '{attribute}' is not on the allow-list ({List(policy.Attributes)})";
        var repeated = tag.Attributes!.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        return repeated is null ? null : $"the attribute '{repeated}' is given twice";
    }

    private string? EndRefusal(HtmlToken tag, Stack<string> open) =>
        !policy.Elements.Contains(tag.Name) ? $"the element <{tag.Name}> is not on the allow-list ({List(policy.Elements)})"
        : RawHtmlPolicy.VoidElements.Contains(tag.Name) ? $"<{tag.Name}> has no end tag"
        : !open.Contains(tag.Name) ? $"</{tag.Name}> closes an element that is not open here (HTML tags must open and close within one paragraph or block)"
        : null;

    private void Report(HtmlToken token, string why, string html, MarkdownSource source, int line, int column)
    {
        // Positions inside a multi-line HTML block: count the lines before the tag.
        var before = html.AsSpan(0, token.Offset);
        var lines = before.Count('\n');
        var col = lines == 0 ? column + token.Offset : token.Offset - before.LastIndexOf('\n') - 1;
        var shown = token.Raw.Length > 60 ? token.Raw[..60] + "…" : token.Raw;
        var message = policy.Strict
            ? $"raw HTML '{shown}' is not allowed: {why}; write it in Markdown, or allow it in site.yml raw_html"
            : $"raw HTML '{shown}' is shown as text: {why}; write it in Markdown, or allow it in site.yml raw_html";
        var span = source.Position(line + lines, col);
        if (policy.Strict) diagnostics.Error(DiagnosticCodes.RawHtmlNotAllowed, span, message);
        else diagnostics.Warning(DiagnosticCodes.RawHtmlNotAllowed, span, message);
    }

    private static string CloseAll(Stack<string> open)
    {
        var closing = new StringBuilder();
        while (open.Count > 0) closing.Append("</").Append(open.Pop()).Append('>');
        return closing.ToString();
    }

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
