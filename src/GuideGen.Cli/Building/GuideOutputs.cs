using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Assessment;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Output;
using GuideGen.Rendering.Templates;
using GuideGen.Search;

namespace GuideGen.Cli.Building;

/// <summary>The outputs of a build that are not pages: data scripts, the search index, assets and styles.</summary>
public static class GuideOutputs
{
    public const string AssetsFolder = "assets";

    /// <summary>The self-assessment's data script, when the guide has checklists and an assessment.</summary>
    public static IEnumerable<OutputFile> AssessmentData(Guide guide, IReadOnlyDictionary<string, LinkTarget> targets, DiagnosticBag diagnostics)
    {
        if (guide.Checklists.Count == 0 || guide.Config.Assessment is null) return [];
        var links = new LinkResolver(targets, diagnostics);
        var data = new AssessmentDataWriter(guide, links, new MarkdownRenderer(links, diagnostics, RawHtmlPolicy.From(guide.Config.RawHtml))).Write();
        return [new OutputFile(SitePaths.AssessmentData, Encoding.UTF8.GetBytes(data))];
    }

    /// <param name="write">Takes each file as it is made, from any thread.</param>
    public static void SearchData(Guide guide, SearchShardMode shards, Action<OutputFile> write) =>
        SearchFiles.Write(guide, new SearchDocumentBuilder(guide), shards, file => write(new OutputFile(file.Path, file.Content)));

    /// <summary>Scripts and images under templates/assets/ are copied as they are; stylesheets without their comments.</summary>
    public static List<OutputFile> Assets(TemplateSource source) =>
        source.Paths
            .Where(p => p.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            .Select(p => new OutputFile(SitePaths.AssetsFolder + p[AssetsFolder.Length..],
                p.EndsWith(".css", StringComparison.Ordinal) ? CssCompactor.Compact(source.Read(p)) : source.Read(p)))
            .ToList();

    public static OutputFile ServiceTypeStyleSheet(SiteConfig config) =>
        new(ServiceTypeStyles.Path, Encoding.UTF8.GetBytes(ServiceTypeStyles.Css(config)));
}
