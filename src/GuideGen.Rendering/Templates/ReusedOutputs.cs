using Scriban;
using Scriban.Runtime;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// Output buffers reused by one template context across renders, instead of Scriban's fresh
/// <see cref="StringBuilderOutput"/> for every page and every <c>include</c>: a topic page includes
/// dozens of partials, and each fresh builder grew chunk by chunk and was then cut back by reallocating
/// its whole capacity. Profiling a 1,000-topic guide showed that churn as the largest cost of rendering.
/// One buffer per nesting depth, because an included partial may include another.
/// </summary>
internal sealed class ReusedOutputs
{
    private readonly List<Buffer> buffers = [];
    private int depth;

    /// <summary>Partials already rendered for the page being rendered (name → HTML), included as they are.</summary>
    public IReadOnlyDictionary<string, string>? Prepared { get; set; }

    /// <summary>
    /// Renders <paramref name="template"/> into the buffer of the next depth and hands the text to
    /// <paramref name="finish"/> as it lies in the buffer: a whole page is encoded from there without
    /// first becoming a string (as Scriban's Render would make it) that is copied and thrown away.
    /// </summary>
    public T Render<T>(TemplateContext context, Template template, Func<ReadOnlyMemory<char>, T> finish)
    {
        if (depth == buffers.Count) buffers.Add(new Buffer());
        var buffer = buffers[depth++];
        buffer.Clear();
        context.PushOutput(buffer);
        try
        {
            Evaluate(context, template);
            return finish(buffer.Text);
        }
        finally
        {
            context.PopOutput();
            depth--;
        }
    }

    /// <summary>Renders <paramref name="template"/> into the buffer of the next depth and returns its text.</summary>
    public string Render(TemplateContext context, Template template) => Render(context, template, static text => text.ToString());

    /// <summary>
    /// Renders <paramref name="template"/> straight into the output being written, when that is one of
    /// these buffers: what an <c>include</c> whose text is written as it is needs, with no string made
    /// and copied. False (nothing done) when the output is another (a <c>capture</c>). A partial ending
    /// in <c>ret</c> is no different: Scriban's page resets the flow state once a template is evaluated.
    /// </summary>
    public bool TryRenderInPlace(TemplateContext context, Template template)
    {
        if (context.Output is not Buffer) return false;
        Evaluate(context, template);
        return true;
    }

    /// <summary>What Template.Render does, but for its final copy to a string.</summary>
    private static void Evaluate(TemplateContext context, Template template)
    {
        if (template.SourceFilePath is { } file) context.PushSourceFile(file);
        try
        {
            if (template.Page is { } root && context.Evaluate(root) is { } result && context.EnableOutput) context.Write(root.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }

    /// <summary>A growable character buffer that keeps its capacity from one render to the next.</summary>
    private sealed class Buffer : IScriptOutput
    {
        private char[] chars = new char[4096];
        private int length;

        public void Clear() => length = 0;

        public void Write(string text, int offset, int count)
        {
            if (length + count > chars.Length) Array.Resize(ref chars, Math.Max(chars.Length * 2, length + count));
            text.CopyTo(offset, chars, length, count);
            length += count;
        }

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public ReadOnlyMemory<char> Text => chars.AsMemory(0, length);

        public override string ToString() => new(chars, 0, length);
    }
}
