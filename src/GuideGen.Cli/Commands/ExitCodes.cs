namespace GuideGen.Cli.Commands;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int UnexpectedFailure = 3;
}
