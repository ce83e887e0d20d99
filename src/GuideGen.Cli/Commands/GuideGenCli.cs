using GuideGen.Cli.Building;

namespace GuideGen.Cli.Commands;

/// <summary>The command-line entry point, callable in-process by tests with their own writers.</summary>
public static class GuideGenCli
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--root", "--output", "--key-question", "--pack" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string> { "--verbose" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions, out var error);
        if (line is null) return Usage(stderr, error!);

        if (line.Help)
        {
            stdout.WriteLine(line.Command switch { "build" => HelpText.Build, "check" => HelpText.Check, "pdf" => HelpText.Pdf, _ => HelpText.General });
            return ExitCodes.Success;
        }

        try
        {
            switch (line.Command)
            {
                case "build":
                case "check":
                    if (line.Options.ContainsKey("--key-question") || line.Options.ContainsKey("--pack"))
                        return Usage(stderr, "--key-question and --pack belong to 'guidegen pdf'");
                    if (line.Command == "check" && line.Options.ContainsKey("--output"))
                        return Usage(stderr, "check writes nothing, so it takes no --output");
                    var options = new BuildOptions(line.Options.GetValueOrDefault("--root", "."), line.Options.GetValueOrDefault("--output"), CheckOnly: line.Command == "check");
                    return BuildCommand.Run(options, line.Flags.Contains("--verbose"), stdout, stderr);
                case "pdf":
                    return PdfCommand.Run(line.Options.GetValueOrDefault("--root", "."), line.Options.GetValueOrDefault("--output"),
                        line.Options.GetValueOrDefault("--key-question"), line.Options.GetValueOrDefault("--pack"), stdout, stderr);
                default:
                    return Usage(stderr, $"unknown command '{line.Command}'");
            }
        }
        catch (Exception e)
        {
            stderr.WriteLine($"guidegen: unexpected failure in {(e as BuildStepException)?.StepName ?? "guidegen"}: {e.InnerException?.Message ?? e.Message}");
            stderr.WriteLine(e);
            return ExitCodes.UnexpectedFailure;
        }
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"guidegen: {message}. Run 'guidegen --help' for usage.");
        return ExitCodes.UsageError;
    }
}
