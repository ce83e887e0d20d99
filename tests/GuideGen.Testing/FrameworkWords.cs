using AngleSharp.Html.Parser;

namespace GuideGen.Testing;

/// <summary>The bundled guide's framework words: a guide that does not set them in site.yml must never show them.</summary>
public static class FrameworkWords
{
    public static readonly IReadOnlyList<string> Bundled =
        ["CQC", "KLOE", "key line", "key question", "quality statement", "outstanding", "requires improvement", "inadequate", "inspector"];

    /// <summary>Each bundled framework word in <paramref name="text"/> (in any case).</summary>
    public static IEnumerable<string> In(string text) => Bundled.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Each bundled framework word a reader of the page sees or hears: its text and the attributes that
    /// are shown or read out. Addresses, ids and class names are the generator's, not the reader's.
    /// </summary>
    public static IEnumerable<string> InPage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script").ToList()) script.Remove();
        var shown = new List<string> { document.Body!.TextContent, document.Title ?? "" };
        shown.AddRange(document.All.SelectMany(e => new[] { "aria-label", "title", "alt", "placeholder", "content" }.Select(e.GetAttribute)).OfType<string>());
        return In(string.Join("\n", shown));
    }
}
