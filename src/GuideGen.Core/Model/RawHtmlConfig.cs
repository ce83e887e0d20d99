using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>
/// site.yml `raw_html`: which HTML tags authors may write inside Markdown. Anything else is shown
/// escaped, as text, and reported (GG1201). Leave it out for the safe default below.
/// </summary>
public sealed class RawHtmlConfig : Located
{
    /// <summary>Element names allowed in Markdown, e.g. [abbr, kbd, sub, sup]. Default: abbr, br, kbd, sub, sup, mark, small, span, details, summary.</summary>
    public IReadOnlyList<string>? Elements { get; init; }
    /// <summary>Attribute names allowed on those elements, e.g. [title, lang]. Default: title, lang, dir.</summary>
    public IReadOnlyList<string>? Attributes { get; init; }
    /// <summary>true: HTML outside the allow-list is an error that stops the build, not a warning.</summary>
    public bool? Strict { get; init; }
}
