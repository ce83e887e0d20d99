using GuideGen.Core.Model;
using GuideGen.Core.Output;
using GuideGen.Rendering.Markdown;

namespace GuideGen.Rendering.Views;

/// <summary>A free page from content/pages: its Markdown body, with glossary terms linked.</summary>
internal sealed class FreePageBuilder(ViewContext views)
{
    public RenderJob Build(Page page)
    {
        var path = SitePaths.Page(page.Id);
        var linker = views.Linker(path);
        var body = views.Markdown.Render(MarkdownSource.FromPage(page.Body, page.SourcePath, page.BodyLineOffset), path, glossary: linker);
        return new RenderJob("page", ViewContext.WithTips(views.Frame(page.Front.Title, page.Front.Summary, "page", path, [], null), linker),
            new PageView(page.Id, page.Front.Title, page.Front.Summary, body));
    }
}
