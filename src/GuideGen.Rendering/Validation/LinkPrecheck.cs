using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Model;
using GuideGen.Core.Validation;
using GuideGen.Rendering.Assessment;
using GuideGen.Rendering.Markdown;
using GuideGen.Rendering.Views;

using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Validation;

/// <summary>
/// The link problems (GG3001–GG3005) of content that has other errors, so that a build reports them
/// in its first run instead of after every other error is fixed. Links are resolved where they are
/// made (Markdown, audiences, checklist sources, what's new), so this builds every view as a build
/// would and renders nothing: the same code finds them, and the two can never disagree. Only links
/// are taken from it; the other errors stand as validation reported them.
/// </summary>
public static class LinkPrecheck
{
    private static readonly IReadOnlySet<string> LinkCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        DiagnosticCodes.UnknownLinkTarget, DiagnosticCodes.UnknownAnchor, DiagnosticCodes.RelativeLink,
        DiagnosticCodes.UnsafeLinkScheme, DiagnosticCodes.RemoteImage,
    };

    /// <summary>
    /// Adds the link problems of content that has other errors to <paramref name="diagnostics"/>, each
    /// once (a problem validation already reported is not repeated).
    /// </summary>
    public static void ReportInto(DiagnosticBag diagnostics, string root, SiteConfig config, LoadedContent content)
    {
        var reported = diagnostics.Sorted().Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
        // Every topic and page file's id, read from its name (as the loader names them), loaded or not.
        var idsOnDisk = new[] { "topics", "pages" }
            .Select(f => Path.Combine(root, ContentLoader.ContentFolder, f))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in Run(config, content, idsOnDisk))
            if (reported.Add(diagnostic.ToString())) diagnostics.Add(diagnostic);
    }

    /// <param name="idsOnDisk">The ids of every topic and page file, loaded or not: a link to a file that
    /// failed to load is not reported as leading nowhere (its own error says what is wrong).</param>
    /// <summary>The id a link message names ("the link @s1-basic#x names no page" → s1-basic).</summary>
    private static string? LinkedId(string message)
    {
        var at = message.IndexOf('@');
        if (at < 0) return null;
        var end = at + 1;
        while (end < message.Length && (char.IsLetterOrDigit(message[end]) || message[end] == '-')) end++;
        return message[(at + 1)..end];
    }

    public static IReadOnlyList<Diagnostic> Run(SiteConfig config, LoadedContent content, IReadOnlySet<string> idsOnDisk)
    {
        var found = new DiagnosticBag();
        try
        {
            // The assembler leaves out what it cannot place (a topic under an unknown KLOE), and a file with
            // errors may not have loaded: a link to either would be reported as leading nowhere.
            var guide = GuideAssembler.Assemble(config, content);
            var targets = LinkTargetIndex.Build(guide);

            var views = new PageViewBuilder(guide, targets, found);
            foreach (var page in views.PlanAll()) page.Build();
            if (guide.Checklists.Count > 0 && config.Assessment is not null)
            {
                var links = new LinkResolver(targets, found);
                new AssessmentDataWriter(guide, links, new MarkdownRenderer(links, found, RawHtmlPolicy.From(config.RawHtml))).Write();
            }
            return found.Sorted()
                .Where(d => LinkCodes.Contains(d.Code))
                .Where(d => !(LinkedId(d.Message) is { } id && idsOnDisk.Contains(id) && !targets.ContainsKey(id)))
                .ToList();
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or NullReferenceException or ArgumentException)
        {
            // Content with errors may not hold together well enough to build views from; then its links
            // are reported by the first build without other errors, as they always were.
            return [];
        }
    }
}
