namespace GuideGen.Core.Diagnostics;

/// <summary>One problem found in the input, printed in the MSBuild canonical form that editors and CI parse.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public override string ToString() =>
        $"{Span}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
