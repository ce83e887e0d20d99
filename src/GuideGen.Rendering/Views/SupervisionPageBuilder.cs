using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>A KLOE's supervision sheet: prompts for a supervision conversation, with telling signs, and space to write.</summary>
internal sealed class SupervisionPageBuilder(ViewContext views)
{
    /// <summary>Whether the KLOE has a sheet: only a KLOE with topics has one.</summary>
    public static bool HasSheet(Kloe kloe) => kloe.Topics.Count > 0;

    public RenderJob Build(Kloe kloe)
    {
        var guide = views.Guide;
        var path = SitePaths.Supervision(kloe.Definition.Code);
        var checklist = guide.Checklists.FirstOrDefault(c => c.Kloe.Code == kloe.Definition.Code);
        // Prompts: the checklist's practice statements, or the topics' recommendations when there is no checklist.
        var prompts = checklist is not null
            ? checklist.File.Items.Where(i => i.Kind == "practice").Take(8).Select(i => new SupervisionPrompt(i.Text, i.Service)).ToList()
            : kloe.Topics.SelectMany(t => t.File.Recommendations).Take(8).Select(r => new SupervisionPrompt(Markdig.Markdown.ToPlainText(r.Text).Trim(), r.Service)).ToList();
        var good = views.Signs(kloe.Topics.SelectMany(t => t.File.TellingSigns?.Good ?? []).Take(3).ToList());
        var poor = views.Signs(kloe.Topics.SelectMany(t => t.File.TellingSigns?.Poor ?? []).Take(3).ToList());
        var kq = guide.KeyQuestions.First(k => k.Id == kloe.Definition.KeyQuestion);
        var crumbs = new List<LinkView> { ViewContext.KeyQuestionLink(kq.Definition, path) };
        return new RenderJob("supervision", views.Frame($"Supervision sheet: {kloe.Definition.Code} {kloe.Definition.Title}", "Prompts for a supervision conversation, with space to write.", "supervision", path, crumbs, kq.Id),
            new SupervisionView(kloe.Definition.Code, kloe.Definition.Title, kloe.Definition.Question,
                kloe.Topics.Select(t => new LinkView(t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(), prompts, good, poor));
    }
}
