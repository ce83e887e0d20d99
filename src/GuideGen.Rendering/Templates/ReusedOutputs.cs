using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

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
    public T Render<T>(TemplateContext context, Template template, Func<ReadOnlySpan<char>, T> finish)
    {
        if (depth == buffers.Count) buffers.Add(new Buffer());
        var buffer = buffers[depth++];
        buffer.Clear();
        context.PushOutput(buffer);
        try
        {
            // What Template.Render does, but for its final copy to a string.
            if (template.SourceFilePath is { } file) context.PushSourceFile(file);
            try
            {
                if (template.Page is { } root && context.Evaluate(root) is { } result && context.EnableOutput) context.Write(root.Span, result);
            }
            finally
            {
                if (template.SourceFilePath is not null) context.PopSourceFile();
            }
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

        public ReadOnlySpan<char> Text => chars.AsSpan(0, length);

        public override string ToString() => new(chars, 0, length);
    }
}

/// <summary>
/// Scriban's <c>include</c>, rendering into <see cref="ReusedOutputs"/>: the same lookup of partials,
/// the same arguments (<c>$1</c>…), the same guard against a partial including itself without end.
/// </summary>
internal sealed class ReusingInclude(ReusedOutputs outputs) : IScriptCustomFunction
{
    // The arguments of the includes being rendered, innermost last: an include puts its caller's back.
    private readonly Stack<ScriptArray> arguments = new();

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => index == 0 ? new(typeof(string), "template_name") : new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(callerContext);
        var span = callerContext.Span;
        if (parameters.Count == 0) throw new ScriptRuntimeException(span, "include needs the name of a partial");
        var name = parameters[0] as string ?? context.ObjectToString(parameters[0]);
        if (string.IsNullOrEmpty(name)) throw new ScriptRuntimeException(span, "include needs the name of a partial");
        if (parameters.Count == 1 && outputs.Prepared?.GetValueOrDefault(name) is { } prepared) return prepared;
        var loader = context.TemplateLoader ?? throw new ScriptRuntimeException(span, "partials cannot be included here");
        var path = loader.GetPath(context, span, name) ?? name;
        if (!context.CachedTemplates.TryGetValue(path, out var template))
        {
            loader.Load(context, span, path); // reports the missing partial
            throw new ScriptRuntimeException(span, $"there is no partial '{name}'");
        }

        // As Scriban's own include: arguments as $0, $1…, no indentation carried in, and all of it put back after.
        arguments.Push(parameters);
        var previousIndent = context.CurrentIndent;
        context.EnterRecursive(callerContext);
        context.CurrentIndent = null;
        try
        {
            context.SetValue(ScriptVariable.Arguments, parameters, true, true);
            return outputs.Render(context, template);
        }
        finally
        {
            context.CurrentIndent = previousIndent;
            context.ExitRecursive(callerContext);
            arguments.Pop();
            if (arguments.TryPeek(out var outer)) context.SetValue(ScriptVariable.Arguments, outer, true, true);
            else context.DeleteValue(ScriptVariable.Arguments);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray parameters, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, parameters, blockStatement));
}
