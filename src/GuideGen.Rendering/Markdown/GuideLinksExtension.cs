using Markdig;
using Markdig.Renderers;

namespace GuideGen.Rendering.Markdown;

/// <summary>Adds `@id` mentions to Markdig. Resolution of `@` links happens in <see cref="MarkdownRenderer"/>, which knows the current page.</summary>
public sealed class GuideLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<MentionInlineParser>())
            pipeline.InlineParsers.Insert(0, new MentionInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}

public static class GuideLinksExtensionMethods
{
    public static MarkdownPipelineBuilder UseGuideLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<GuideLinksExtension>();
        return pipeline;
    }
}
