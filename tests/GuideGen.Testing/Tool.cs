using System.Diagnostics;

namespace GuideGen.Testing;

/// <summary>Runs a command-line tool (pdfinfo, pdftotext…) and returns what it printed.</summary>
public static class Tool
{
    public static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>The number of pages of a PDF, from poppler's pdfinfo.</summary>
    public static int PdfPages(string pdf) =>
        int.Parse(Run("pdfinfo", pdf).Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal)).Split(':')[1].Trim());
}
