using System.Diagnostics;
using GuideGen.Cli.Building;
using GuideGen.Core.Output;

namespace GuideGen.Cli.Commands;

/// <summary>
/// `guidegen pdf`: builds the guide into a temporary folder and prints the whole guide, one key
/// question, one training pack, one topic's discussion cards or one supervision sheet to PDF with
/// Chromium (an optional dependency).
/// </summary>
public static class PdfCommand
{
    /// <summary>What can be printed: the option that names it, what it is called in messages, where it is in the site, and the PDF's default name.</summary>
    private static readonly (string Option, string Noun, Func<string, string> Page, string FilePrefix)[] Choices =
    [
        ("--key-question", "key question", SitePaths.PrintKeyQuestion, ""),
        ("--pack", "pack", SitePaths.Pack, ""),
        ("--cards", "topic", SitePaths.Cards, "cards-"),
        ("--supervision", "KLOE", SitePaths.Supervision, "supervision-"),
    ];

    public static IEnumerable<string> Options => Choices.Select(c => c.Option);

    public static int Run(string root, string? output, IReadOnlyDictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        var chosen = Choices.Where(c => options.ContainsKey(c.Option)).ToList();
        if (chosen.Count > 1)
        {
            stderr.WriteLine($"guidegen: choose one of {string.Join(", ", chosen.Select(c => c.Option))}, not {chosen.Count}. Run 'guidegen pdf --help' for usage.");
            return ExitCodes.UsageError;
        }
        var choice = chosen.Count == 1 ? chosen[0] : default;
        var id = choice.Option is null ? null : options[choice.Option];
        var chromium = FindChromium();
        if (chromium is null)
        {
            stderr.WriteLine("guidegen pdf needs Chromium, which is not installed. On Debian or Ubuntu: sudo apt-get install chromium");
            stderr.WriteLine("(or set GUIDEGEN_CHROMIUM to the browser's path). Everything else in GuideGen works without it.");
            return ExitCodes.UnexpectedFailure;
        }

        var work = Path.Combine(Path.GetTempPath(), $"guidegen-pdf-{Guid.NewGuid():N}");
        try
        {
            var site = Path.Combine(work, "site");
            var result = new BuildPipeline(new BuildOptions(root, site)).Build();
            foreach (var diagnostic in result.Diagnostics) stderr.WriteLine(diagnostic);
            if (!result.Succeeded) return ExitCodes.ContentErrors;

            var page = id is null ? SitePaths.PrintGuide : choice.Page(id);
            var source = Path.Combine(site, page);
            if (!File.Exists(source))
            {
                stderr.WriteLine($"guidegen: there is no {choice.Noun} '{id}' in this guide.");
                return ExitCodes.UsageError;
            }
            var target = Path.GetFullPath(output ?? (id is null ? "guide" : choice.FilePrefix + id) + ".pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            var info = new ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work, "profile")}",
                         $"--print-to-pdf={target}", new Uri(source).AbsoluteUri })
                info.ArgumentList.Add(arg);
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                stderr.WriteLine("guidegen: Chromium did not finish printing within 5 minutes.");
                return ExitCodes.UnexpectedFailure;
            }
            if (!File.Exists(target))
            {
                stderr.WriteLine("guidegen: Chromium did not write the PDF: " + errors.Result.Trim());
                return ExitCodes.UnexpectedFailure;
            }
            stdout.WriteLine($"Wrote {target}.");
            return ExitCodes.Success;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static string? FindChromium()
    {
        var chosen = Environment.GetEnvironmentVariable("GUIDEGEN_CHROMIUM");
        if (!string.IsNullOrEmpty(chosen)) return File.Exists(chosen) ? chosen : null;
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => path.Select(dir => Path.Combine(dir, name)))
            .Prepend("/usr/bin/chromium")
            .FirstOrDefault(File.Exists);
    }
}
