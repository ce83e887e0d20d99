using GuideGen.Rendering.Templates;

namespace GuideGen.Cli.Building;

/// <summary>
/// Which templates a site is built with. A site with a templates/ folder uses that folder and only that
/// folder (a missing template is an error, never filled in from the defaults, so what a site looks like
/// is decided in one place); a site without one uses the templates built into guidegen.
/// </summary>
public static class SiteTemplates
{
    public static TemplateSource For(string root, GuideGen.Core.Diagnostics.DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, BuildPipeline.TemplatesFolder);
        return Directory.Exists(folder) ? TemplateSource.FromFolder(root, folder, diagnostics) : BuiltInFiles.Templates;
    }
}
