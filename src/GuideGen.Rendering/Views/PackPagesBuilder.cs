using GuideGen.Core.Output;

namespace GuideGen.Rendering.Views;

/// <summary>The training packs defined in content: chosen blocks of chosen topics, as the topics' pages rendered them.</summary>
internal sealed class PackPagesBuilder(ViewContext views)
{
    /// <param name="blocks">Each topic's rendered blocks (topic id → block id → HTML, trimmed).</param>
    public IReadOnlyList<RenderJob> Build(IReadOnlyDictionary<string, TopicBlocks> blocks)
    {
        var byId = views.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        return views.Guide.Packs.Select(pack =>
        {
            var path = SitePaths.Pack(pack.Id);
            var file = pack.File;
            var sections = file.Topics.Where(byId.ContainsKey).Select(id => byId[id]).Select(t => new PackSection(t.Id, t.Kloe.Code, t.File.Title,
                SitePaths.Relative(path, SitePaths.Topic(t.Id)),
                IdPrefixer.Prefix(blocks[t.Id].Select(file.Blocks), t.Id))).ToList();
            var crumbs = new List<LinkView> { new("Training packs", SitePaths.Relative(path, SitePaths.PackBuilder)) };
            var notes = file.Notes is { } n ? views.RenderMarkdown(n, file, nameof(file.Notes), path) : "";
            var service = file.Service is { } code && views.Taxonomy.ServiceTypes.TryGetValue(code, out var d) ? d.Label : null;
            return new RenderJob("pack", views.Frame(file.Title, file.Summary, "pack", path, crumbs, null),
                new PackView(file.Title, file.Summary, notes, file.Service, service, sections));
        }).ToList();
    }
}
