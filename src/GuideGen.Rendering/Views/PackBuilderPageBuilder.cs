using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The training packs page (pack-builder.html): the packs defined in content, and the builder script for trainers' own.</summary>
internal sealed class PackBuilderPageBuilder(ViewContext views)
{
    public RenderJob Build()
    {
        const string path = SitePaths.PackBuilder;
        var frame = views.Frame("Training packs", "Build a handout from the guide: pick topics and blocks, add notes, print.", "packs", path, [], null) with
        {
            Scripts = [SitePaths.PacksData, .. BrowserScripts.Packs],
        };
        return new RenderJob("pack-builder", frame, new PackBuilderView(views.Guide.Packs
            .OrderBy(p => p.File.Title, StringComparer.OrdinalIgnoreCase)
            .Select(p => new PackLink(p.File.Title, p.File.Summary, SitePaths.Relative(path, SitePaths.Pack(p.Id)))).ToList()));
    }
}
