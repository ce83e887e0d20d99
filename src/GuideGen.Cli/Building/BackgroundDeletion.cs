using System.Diagnostics;

namespace GuideGen.Cli.Building;

/// <summary>
/// Deletes a retired site in a process of its own that outlives the build, as Bazel clears its trash:
/// the new site is already complete and in place, so nothing needs to wait for the old one to go.
/// If the deletion is interrupted, what is left is a retired folder, which the next build clears.
/// </summary>
internal static class BackgroundDeletion
{
    /// <summary>Starts deleting <paramref name="folder"/> and returns at once; false when it cannot (the caller then deletes it).</summary>
    public static bool TryStart(string folder)
    {
        // Windows has no rm, and cmd's quoting rules make rd unsafe on arbitrary paths: delete in the build there.
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            var start = new ProcessStartInfo("rm")
            {
                UseShellExecute = false,
                // Not our standard streams: a caller reading the build's output to its end must not wait for rm.
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-rf", "--", folder }) start.ArgumentList.Add(argument);
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return false; // no rm on this system, or not allowed to start processes
        }
    }
}
