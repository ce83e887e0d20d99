using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace GuideGen.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, rendering into <see cref="ReusedOutputs"/>: the same lookup of partials,
/// the same arguments (<c>$1</c>…), the same guard against a partial including itself without end.
/// A pure partial's text is taken from <paramref name="pure"/> when it was rendered before for the same inputs.
/// </summary>
internal sealed class ReusingInclude(ReusedOutputs outputs, PartialOutputs pure) : IScriptCustomFunction
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

        if (parameters.Count == 1 && pure.GetOrRender(name, context, (Include: this, Context: context, Caller: callerContext, Parameters: parameters, Template: template),
                static call => (string)call.Include.Render(call.Context, call.Caller, call.Parameters, call.Template, inPlace: false)) is { } text)
            return text;
        return Render(context, callerContext, parameters, template, inPlace: true);
    }

    /// <param name="inPlace">Whether the partial may be rendered straight into the output being written (then "" is returned).</param>
    private object Render(TemplateContext context, ScriptNode callerContext, ScriptArray parameters, Template template, bool inPlace)
    {
        // As Scriban's own include: arguments as $0, $1…, no indentation carried in, and all of it put back after.
        arguments.Push(parameters);
        var previousIndent = context.CurrentIndent;
        context.EnterRecursive(callerContext);
        context.CurrentIndent = null;
        try
        {
            context.SetValue(ScriptVariable.Arguments, parameters, true, true);
            // `{{ include "x" }}` only writes the partial's text where it stands: render it there.
            if (inPlace && previousIndent is null && callerContext is ScriptFunctionCall { Parent: ScriptExpressionStatement }
                && outputs.TryRenderInPlace(context, template))
                return "";
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
