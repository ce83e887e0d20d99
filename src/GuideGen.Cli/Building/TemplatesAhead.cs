using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Templates;
using GuideGen.Rendering.Views;

namespace GuideGen.Cli.Building;

/// <summary>
/// Reads and parses the templates beside loading the content: nothing before rendering needs them,
/// and that, with compiling the template and Markdown engines on first use, was a few tenths of a
/// second of one core in every build (a third of building the bundled guide). Its problems are
/// reported when the templates are taken up, as if they were read there. With one job, read in place.
/// </summary>
public sealed class TemplatesAhead
{
    private readonly Task<(TemplateSource Source, TemplateSet.ParsedTemplates Parsed, DiagnosticBag Reported)> reading;

    private TemplatesAhead(Task<(TemplateSource, TemplateSet.ParsedTemplates, DiagnosticBag)> reading) => this.reading = reading;

    public static TemplatesAhead Start(string root, int? jobs)
    {
        (TemplateSource, TemplateSet.ParsedTemplates, DiagnosticBag) Read()
        {
            var reported = new DiagnosticBag();
            var source = SiteTemplates.For(root, reported);
            var parsed = TemplateSet.Parse(source, reported);
            MarkdownRenderer.WarmUp();
            return (source, parsed, reported);
        }
        return new TemplatesAhead(jobs == 1 ? Task.FromResult(Read()) : Task.Run(Read));
    }

    /// <summary>The templates the planned pages need (null when one is missing or broken: reported), with the source their assets come from.</summary>
    public (TemplateSource Source, TemplateSet? Templates) Take(IEnumerable<PendingPage> pages, Guide guide, DiagnosticBag diagnostics)
    {
        var (source, parsed, reported) = reading.GetAwaiter().GetResult();
        foreach (var diagnostic in reported.Sorted()) diagnostics.Add(diagnostic);
        string[] books = guide.Packs.Count > 0 ? ["pack", "print-book"] : ["print-book"];
        return (source, parsed.Require(pages.Select(p => p.Template).Concat(books).Distinct(), diagnostics));
    }
}
