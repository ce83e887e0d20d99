using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The self-assessment page: a shell the assessment scripts fill from the checklists' data.</summary>
internal sealed class AssessmentPageBuilder(ViewContext views)
{
    public RenderJob Build()
    {
        const string path = SitePaths.Assessment;
        var guide = views.Guide;
        var view = new AssessmentPageView(guide.Checklists.Count, guide.Checklists.Sum(c => c.File.Items.Count), guide.Config.QualityStatements?.Count ?? 0);
        var frame = views.Frame("Self-assessment", "Check your service against the guide and plan improvements.", "assessment", path, [], null) with
        {
            Scripts = [SitePaths.AssessmentData, .. BrowserScripts.Assessment],
        };
        return new RenderJob("assessment", frame, view);
    }
}
