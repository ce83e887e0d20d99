using System.Net;
using System.Text.RegularExpressions;

namespace GuideGen.Rendering.Markdown;

/// <summary>One piece of raw HTML: a start tag, an end tag, a comment, other markup (doctype, CDATA, processing instruction) or text.</summary>
public sealed record HtmlToken(HtmlTokenKind Kind, string Raw, int Offset, string Name = "", IReadOnlyList<(string Name, string? Value)>? Attributes = null, bool SelfClosing = false);

public enum HtmlTokenKind { StartTag, EndTag, Comment, Other, Text }

/// <summary>
/// Splits raw HTML from Markdown into tags and text, the way CommonMark recognises tags. It only has
/// to be good enough to decide what to keep: whatever it does not recognise as a tag becomes text,
/// and text is always escaped on the way out.
/// </summary>
public static partial class HtmlTagReader
{
    [GeneratedRegex("""\G<([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""\G</([A-Za-z][A-Za-z0-9-]*)\s*>""")]
    private static partial Regex EndTag();

    [GeneratedRegex("""\G<!--[\s\S]*?-->""")]
    private static partial Regex Comment();

    [GeneratedRegex("""\G(?:<![A-Za-z\[][\s\S]*?>|<\?[\s\S]*?\?>)""")]
    private static partial Regex OtherMarkup();

    [GeneratedRegex("""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();

    public static IEnumerable<HtmlToken> Read(string html)
    {
        var position = 0;
        var textStart = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0) break;
            var token = TagAt(html, lt);
            if (token is null) { position = lt + 1; continue; }
            if (lt > textStart) yield return new HtmlToken(HtmlTokenKind.Text, html[textStart..lt], textStart);
            yield return token;
            position = textStart = lt + token.Raw.Length;
        }
        if (textStart < html.Length) yield return new HtmlToken(HtmlTokenKind.Text, html[textStart..], textStart);
    }

    private static HtmlToken? TagAt(string html, int at)
    {
        if (StartTag().Match(html, at) is { Success: true } start)
            return new HtmlToken(HtmlTokenKind.StartTag, start.Value, at, start.Groups[1].Value.ToLowerInvariant(),
                Attributes(start.Groups[2].Value), start.Groups[3].Value == "/");
        if (EndTag().Match(html, at) is { Success: true } end)
            return new HtmlToken(HtmlTokenKind.EndTag, end.Value, at, end.Groups[1].Value.ToLowerInvariant());
        if (Comment().Match(html, at) is { Success: true } comment)
            return new HtmlToken(HtmlTokenKind.Comment, comment.Value, at);
        if (OtherMarkup().Match(html, at) is { Success: true } other)
            return new HtmlToken(HtmlTokenKind.Other, other.Value, at);
        return null;
    }

    private static List<(string, string?)> Attributes(string text) =>
        Attribute().Matches(text).Select(m => (m.Groups[1].Value.ToLowerInvariant(),
            m.Groups[2].Success ? Decode(m.Groups[2].Value) : m.Groups[3].Success ? Decode(m.Groups[3].Value) : m.Groups[4].Success ? Decode(m.Groups[4].Value) : (string?)null)).ToList();

    private static string Decode(string value) => WebUtility.HtmlDecode(value);
}
