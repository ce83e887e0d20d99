using GuideGen.Core.Model;
using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The search page: the filters' choices (key questions, kinds of content, service types).</summary>
internal sealed class SearchPageBuilder(ViewContext views)
{
    public RenderJob Build()
    {
        const string path = SitePaths.Search;
        var config = views.Guide.Config;
        var view = new SearchPageView(
            config.KeyQuestions.Select(k => new OptionView(k.Id, k.Title)).ToList(),
            ContentKinds.Labelled(views.Words).Select(k => new OptionView(k.Id, k.Label)).ToList(),
            config.ServiceTypes.Select(t => new OptionView(t.Code, t.Label)).ToList());
        return new RenderJob("search", views.Frame("Search", "Search the whole guide.", "search", path, [], null), view);
    }
}
