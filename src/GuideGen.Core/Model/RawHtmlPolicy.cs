namespace GuideGen.Core.Model;

/// <summary>
/// The HTML tags and attributes allowed inside Markdown, from site.yml `raw_html` or the safe default.
/// A site may only choose from <see cref="PermittedElements"/> and <see cref="PermittedAttributes"/>:
/// elements and attributes that cannot run script, load anything or submit a form, so no setting can
/// undo the Content-Security-Policy or the escaping.
/// </summary>
public sealed class RawHtmlPolicy
{
    public static readonly IReadOnlyList<string> DefaultElements = ["abbr", "br", "kbd", "sub", "sup", "mark", "small", "span", "details", "summary"];
    public static readonly IReadOnlyList<string> DefaultAttributes = ["title", "lang", "dir"];

    /// <summary>Text-level and structural elements with no URL, script or form behaviour.</summary>
    public static readonly IReadOnlySet<string> PermittedElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q",
        "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    /// <summary>Attributes that hold no URL, script, style or id (an id could shadow the site's own elements).</summary>
    public static readonly IReadOnlySet<string> PermittedAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "lang", "dir", "class", "datetime", "colspan", "rowspan", "scope", "open", "start", "reversed", "translate",
    };

    /// <summary>Elements that never have an end tag.</summary>
    public static readonly IReadOnlySet<string> VoidElements = new HashSet<string>(StringComparer.Ordinal) { "br", "col", "hr", "wbr" };

    public static RawHtmlPolicy Default { get; } = new(DefaultElements, DefaultAttributes, strict: false);

    public RawHtmlPolicy(IEnumerable<string> elements, IEnumerable<string> attributes, bool strict)
    {
        // Only permitted names survive, so even an unchecked config cannot widen the policy.
        Elements = elements.Where(PermittedElements.Contains).ToHashSet(StringComparer.Ordinal);
        Attributes = attributes.Where(PermittedAttributes.Contains).ToHashSet(StringComparer.Ordinal);
        Strict = strict;
    }

    public IReadOnlySet<string> Elements { get; }
    public IReadOnlySet<string> Attributes { get; }
    /// <summary>HTML outside the allow-list is an error rather than a warning.</summary>
    public bool Strict { get; }

    public static RawHtmlPolicy From(RawHtmlConfig? config) => config is null
        ? Default
        : new RawHtmlPolicy(config.Elements ?? DefaultElements, config.Attributes ?? DefaultAttributes, config.Strict ?? false);
}
