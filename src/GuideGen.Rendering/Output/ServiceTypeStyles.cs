using System.Text;
using GuideGen.Core.Model;

namespace GuideGen.Rendering.Output;

/// <summary>
/// assets/service-types.css: a badge style for each service type in site.yml, whatever its code, so
/// that a guide's own types (D for day, N for night…) read as clearly as the bundled guide's.
/// </summary>
public static class ServiceTypeStyles
{
    public const string Path = "assets/service-types.css";

    public static string Css(SiteConfig config)
    {
        var types = config.ServiceTypes.Select((t, i) => (Class: t.Code.ToLowerInvariant(), Colours: ServiceTypePalette.For(i, t.Colour))).ToList();
        var css = new StringBuilder("/* Service type badges, made by guidegen build from site.yml's service_types. */\n");
        css.Append(":root { ").AppendJoin(" ", types.Select(t => $"--badge-{t.Class}: {t.Colours.Light};")).Append(" }\n");
        var dark = string.Join(" ", types.Select(t => $"--badge-{t.Class}: {t.Colours.Dark};"));
        // As site.css: dark when the system asks unless the reader chose light, or when the reader chose dark.
        css.Append("@media screen and (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) { ").Append(dark).Append(" } }\n");
        css.Append("@media screen { :root[data-theme=\"dark\"] { ").Append(dark).Append(" } }\n");
        foreach (var (name, colours) in types)
        {
            var border = colours.Border == "double" ? "border-style: double; border-width: 3px;" : $"border-style: {colours.Border};";
            css.Append($".badge-{name} {{ color: var(--badge-{name}); {border} }} .badge-{name} .badge-code {{ background: var(--badge-{name}); }}\n");
        }
        return css.ToString();
    }
}
