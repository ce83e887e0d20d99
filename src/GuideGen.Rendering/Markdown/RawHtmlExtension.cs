using System.Net;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GuideGen.Rendering.Markdown;

/// <summary>
/// Replaces Markdig's raw HTML renderers: a node is written as HTML only in the form that
/// <see cref="RawHtmlSanitizer"/> stored on it; a node it never saw is written as escaped text. So no
/// path through the pipeline passes an author's HTML through untouched.
/// </summary>
public sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new SafeInlineRenderer());
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new SafeBlockRenderer());
    }

    private static string Safe(MarkdownObject node, string raw) =>
        node.GetData(RawHtmlSanitizer.SafeHtmlKey) as string ?? WebUtility.HtmlEncode(raw);

    private sealed class SafeInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(Safe(obj, obj.Tag ?? ""));
    }

    private sealed class SafeBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            var html = Safe(obj, obj.Lines.ToString());
            if (html.Length == 0) return;
            renderer.EnsureLine();
            renderer.WriteLine(html);
        }
    }
}

public static class RawHtmlExtensionMethods
{
    public static MarkdownPipelineBuilder UseSafeRawHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<RawHtmlExtension>();
        return pipeline;
    }
}
