using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>The front matter of content/pages/&lt;id&gt;.md.</summary>
public sealed class PageFrontMatter : Located
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Position in the footer menu.</summary>
    public int Order { get; init; }
}
