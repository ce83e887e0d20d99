namespace GuideGen.Cli.Commands;

/// <summary>A parsed command line: the command, its options, and whether help was asked for.</summary>
/// <param name="Arguments">Words after the command that are not options (guidegen new topic S1 "Title").</param>
public sealed record CommandLine(string Command, IReadOnlyDictionary<string, string> Options, IReadOnlySet<string> Flags, bool Help, IReadOnlyList<string> Arguments)
{
    /// <summary>Parses `command [--name value] [--flag]`. Returns null with a message on a usage error.</summary>
    public static CommandLine? Parse(string[] args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions, out string? error)
    {
        error = null;
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            return new CommandLine(args.Length > 1 && args[0] == "help" ? args[1] : "", new Dictionary<string, string>(), new HashSet<string>(), Help: true, []);

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var help = false;
        var arguments = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h") { help = true; continue; }
            if (valueOptions.Contains(arg))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"{arg} needs a value";
                    return null;
                }
                options[arg] = args[++i];
                continue;
            }
            if (flagOptions.Contains(arg)) { flags.Add(arg); continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal) && args[0] == "new") { arguments.Add(arg); continue; }
            error = $"unknown option '{arg}'";
            return null;
        }
        return new CommandLine(args[0], options, flags, help, arguments);
    }
}
