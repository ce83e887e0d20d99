using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;

namespace GuideGen.Core.Validation;

/// <summary>Refuses a site.yml `raw_html` that would let Markdown run script, load content or submit forms (GG2203).</summary>
public sealed class RawHtmlConfigValidator(DiagnosticBag diagnostics)
{
    private static readonly IReadOnlySet<string> ScriptingElements = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base", "form", "input",
        "button", "textarea", "select", "option", "svg", "math", "template", "noscript", "img", "video", "audio", "source",
        "track", "picture", "canvas", "a", "area", "map", "portal", "dialog", "slot",
    };

    public void Validate(RawHtmlConfig? config)
    {
        if (config is null) return;
        foreach (var element in config.Elements ?? [])
        {
            if (RawHtmlPolicy.PermittedElements.Contains(element)) continue;
            var why = ScriptingElements.Contains(element.ToLowerInvariant())
                ? "it can run script, load content or submit data"
                : "it is not one of the text elements GuideGen allows";
            diagnostics.Error(DiagnosticCodes.UnsafeRawHtmlConfig, config.SpanOf(nameof(config.Elements)),
                $"raw_html may not allow the element '{element}': {why}. Allowed: {string.Join(", ", RawHtmlPolicy.PermittedElements.Order(StringComparer.Ordinal))}");
        }
        foreach (var attribute in config.Attributes ?? [])
        {
            if (RawHtmlPolicy.PermittedAttributes.Contains(attribute)) continue;
            var lower = attribute.ToLowerInvariant();
            var why = lower.StartsWith("on", StringComparison.Ordinal) ? "event handler attributes run script"
                : lower is "style" ? "inline styles are blocked by the Content-Security-Policy"
                : lower is "href" or "src" or "srcset" or "action" or "formaction" or "xlink:href" or "data" or "poster" or "background" ? "it holds an address that could load content or run script"
                : lower is "id" or "name" ? "it could take the name of one of the site's own elements"
                : "it is not one of the attributes GuideGen allows";
            diagnostics.Error(DiagnosticCodes.UnsafeRawHtmlConfig, config.SpanOf(nameof(config.Attributes)),
                $"raw_html may not allow the attribute '{attribute}': {why}. Allowed: {string.Join(", ", RawHtmlPolicy.PermittedAttributes.Order(StringComparer.Ordinal))}");
        }
    }
}
