using GuideGen.Core.Output;
using GuideGen.Rendering.Output;

namespace GuideGen.Rendering.Views;

/// <summary>
/// The whole guide, and each key question, gathered into one printable document (what `guidegen pdf` prints).
/// Each topic's section stands in the views as a <see cref="SplicedPage"/> stand-in for <see cref="PrintBooks.Sections"/>.
/// </summary>
internal sealed class PrintBooksBuilder(ViewContext views)
{
    /// <param name="blocks">Each topic's rendered blocks (topic id → block id → HTML, trimmed).</param>
    public PrintBooks Build(IReadOnlyDictionary<string, TopicBlocks> blocks)
    {
        var guide = views.Guide;
        var topics = views.Topics;
        // Every print book lives in print/, so one key question's part serves both the whole-guide book
        // and its own book; each topic's section is built once, in parallel, and goes from the prefixing
        // pass's buffer straight to the UTF-8 that is spliced into the books (never a string of its own).
        var sections = new byte[topics.Count][];
        Core.Parallelism.For(topics.Count, i => sections[i] = IdPrefixer.Prefix(blocks[topics[i].Id].All.Select(b => b.Html), topics[i].Id, Templates.HtmlIndentation.RemoveToUtf8));
        var sectionOf = topics.Select((t, i) => new PackSection(t.Id, t.Kloe.Code, t.File.Title, SitePaths.Relative(SitePaths.PrintGuide, SitePaths.Topic(t.Id)),
                sections[i].Length > 0 ? SplicedPage.StandIn(i) : ""))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var kqs = guide.KeyQuestions.ToList();
        var parts = kqs.Select(kq => new PrintPart(kq.Id, kq.Definition.Title,
            views.RenderMarkdown(kq.File.Intro, kq.File, nameof(kq.File.Intro), SitePaths.PrintGuide),
            kq.Topics.Select(t => sectionOf[t.Id]).ToList())).ToList();

        var jobs = new List<RenderJob>();
        jobs.Add(new RenderJob("print-book", views.Frame(guide.Config.Title, "The whole guide in one document, for printing.", "print", SitePaths.PrintGuide, [], null),
            new PrintBookView(guide.Config.Title, guide.Config.Description, parts)));
        foreach (var (kq, part) in kqs.Zip(parts))
        {
            var path = SitePaths.PrintKeyQuestion(kq.Id);
            jobs.Add(new RenderJob("print-book", views.Frame($"{kq.Definition.Title}: {guide.Config.Title}", kq.File.Summary, "print", path, [], kq.Id),
                new PrintBookView(kq.Definition.Title, kq.Definition.Question, [part])));
        }
        return new PrintBooks(jobs, sections);
    }
}
