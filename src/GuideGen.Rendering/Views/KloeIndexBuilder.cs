using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The KLOE index (kloes.html): every KLOE under its key question, with its topics and how many checklist items it has.</summary>
internal sealed class KloeIndexBuilder(ViewContext views)
{
    public RenderJob Build()
    {
        const string path = SitePaths.Kloes;
        var guide = views.Guide;
        var groups = guide.KeyQuestions.Select(kq => new FrameworkGroup(kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            kq.Kloes.Select(k => new FrameworkEntry(k.Definition.Code.ToLowerInvariant(), k.Definition.Code, k.Definition.Title, k.Definition.Question,
                k.Topics.Select(t => new LinkView(t.File.Title, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(),
                guide.Checklists.Where(c => c.Kloe.Code == k.Definition.Code).Sum(c => c.File.Items.Count))).ToList())).ToList();
        return new RenderJob("framework", views.Frame(SiteWords.Capitalised(views.Words.Kloes), views.Words.KloesPageDescription, "framework", path, [], null),
            new FrameworkIndexView(groups, views.AssessmentHref(path)));
    }
}
