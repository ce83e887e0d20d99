namespace GuideGen.Rendering.Output;

/// <summary>A page that `@id` links can name: where it is written, its title, and the anchors it has.</summary>
public sealed record LinkTarget(string Id, string Path, string Title, IReadOnlySet<string> Anchors);
