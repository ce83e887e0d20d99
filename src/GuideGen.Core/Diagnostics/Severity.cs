namespace GuideGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
