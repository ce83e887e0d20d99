using GuideGen.Cli.Building;

namespace GuideGen.Cli.Commands;

/// <summary>The command-line entry point, callable in-process by tests with their own writers.</summary>
public static class GuideGenCli
{
    private static readonly IReadOnlySet<string> ValueOptions = new HashSet<string> { "--root", "--output", "--key-question", "--pack", "--cards", "--supervision", "--format", "--port", "--jobs", "--search-shards", "--search-report" };
    private static readonly IReadOnlySet<string> FlagOptions = new HashSet<string> { "--verbose", "--warnings-as-errors", "--with-templates", "--blank" };

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(args, ValueOptions, FlagOptions, out var error);
        if (line is null) return Usage(stderr, error!);

        if (line.Help)
        {
            stdout.WriteLine(line.Command switch { "build" => HelpText.Build, "check" => HelpText.Check, "pdf" => HelpText.Pdf, "new" => HelpText.New, "serve" => HelpText.Serve, _ => HelpText.General });
            return ExitCodes.Success;
        }

        if (line.Flags.Contains("--with-templates") && line.Command != "new")
            return Usage(stderr, "--with-templates belongs to 'guidegen new site'");
        if (line.Flags.Contains("--blank") && line.Command != "new")
            return Usage(stderr, "--blank belongs to 'guidegen new site'");

        try
        {
            switch (line.Command)
            {
                case "build":
                case "check":
                    if (PdfCommand.Options.FirstOrDefault(line.Options.ContainsKey) is { } pdfOption)
                        return Usage(stderr, $"{pdfOption} belongs to 'guidegen pdf'");
                    if (line.Command == "check" && line.Options.ContainsKey("--output"))
                        return Usage(stderr, "check writes nothing, so it takes no --output");
                    var format = line.Options.GetValueOrDefault("--format", "text");
                    if (format is not ("text" or "json")) return Usage(stderr, $"--format is text or json, not '{format}'");
                    int? jobs = null;
                    if (line.Options.TryGetValue("--jobs", out var jobsText))
                    {
                        if (!int.TryParse(jobsText, out var count) || count < 1) return Usage(stderr, "--jobs is a whole number of threads, 1 or more");
                        jobs = count;
                    }
                    var shardsText = line.Options.GetValueOrDefault("--search-shards", "auto");
                    if (!Enum.TryParse<GuideGen.Search.SearchShardMode>(shardsText, ignoreCase: true, out var shards) || !Enum.IsDefined(shards) || shardsText.Any(char.IsDigit))
                        return Usage(stderr, $"--search-shards is auto, always or never, not '{shardsText}'");
                    var options = new BuildOptions(line.Options.GetValueOrDefault("--root", "."), line.Options.GetValueOrDefault("--output"),
                        CheckOnly: line.Command == "check", WarningsAsErrors: line.Flags.Contains("--warnings-as-errors"), Jobs: jobs, SearchShards: shards);
                    if (line.Options.TryGetValue("--search-report", out var queries))
                        return line.Command == "check" ? SearchReport.Run(options, queries, stdout, stderr) : Usage(stderr, "--search-report belongs to 'guidegen check'");
                    return BuildCommand.Run(options, line.Flags.Contains("--verbose"), stdout, stderr, json: format == "json");
                case "serve":
                {
                    if (!int.TryParse(line.Options.GetValueOrDefault("--port", "8080"), out var port) || port is < 0 or > 65535)
                        return Usage(stderr, "--port is a number from 0 to 65535");
                    using var stop = new CancellationTokenSource();
                    Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
                    using var server = new PreviewServer(new BuildOptions(line.Options.GetValueOrDefault("--root", "."), line.Options.GetValueOrDefault("--output")), port, stdout, stderr);
                    server.RunAsync(stop.Token).GetAwaiter().GetResult();
                    return ExitCodes.Success;
                }
                case "schemas":
                    return SchemaCatalog.Write(line.Options.GetValueOrDefault("--root", "."), stdout);
                case "new":
                    return NewCommand.Run(line.Options.GetValueOrDefault("--root", "."), line.Arguments, line.Flags.Contains("--with-templates"), stdout, stderr, line.Flags.Contains("--blank"));
                case "pdf":
                    return PdfCommand.Run(line.Options.GetValueOrDefault("--root", "."), line.Options.GetValueOrDefault("--output"), line.Options, stdout, stderr);
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
