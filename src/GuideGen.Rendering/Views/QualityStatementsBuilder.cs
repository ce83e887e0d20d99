using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The quality statements index: every statement under its key question, with the topics that name it and its checklist items.</summary>
internal sealed class QualityStatementsBuilder(ViewContext views)
{
    /// <summary>Whether the site has the page: only a framework with quality statements has one.</summary>
    public bool HasPage => views.Guide.Config.QualityStatements is { Count: > 0 };

    public RenderJob Build()
    {
        const string path = SitePaths.QualityStatements;
        var guide = views.Guide;
        // Each statement's topics in guide order, gathered in one pass (not one pass over every topic per statement).
        var topicsOf = views.Topics.SelectMany(t => (t.File.QualityStatements ?? []).Distinct().Select(q => (Statement: q, Topic: t)))
            .ToLookup(p => p.Statement, p => p.Topic, StringComparer.Ordinal);
        var groups = guide.KeyQuestions.Select(kq => new FrameworkGroup(kq.Definition.Title, SitePaths.Relative(path, SitePaths.KeyQuestion(kq.Id)),
            (guide.Config.QualityStatements ?? []).Where(q => q.KeyQuestion == kq.Id).Select(q => new FrameworkEntry(q.Id, "", q.Title, null,
                topicsOf[q.Id].Select(t => new LinkView(t.Label, SitePaths.Relative(path, SitePaths.Topic(t.Id)))).ToList(),
                guide.Checklists.Sum(c => c.File.Items.Count(i => i.QualityStatements?.Contains(q.Id) == true)))).ToList())).ToList();
        return new RenderJob("framework", views.Frame(SiteWords.Capitalised(views.Words.Statements), views.Words.StatementsPageDescription, "framework", path, [], null),
            new FrameworkIndexView(groups, views.AssessmentHref(path)));
    }
}
