using System.Diagnostics;
using System.Runtime.InteropServices;
using GuideGen.Testing;

namespace GuideGen.Tests.Packaging;

/// <summary>
/// The tool as a user gets it: `dotnet pack`, `dotnet tool install` from the local package alone, then the
/// installed guidegen run in a folder outside the repository to create and build the bundled guide, with
/// no Node.js on PATH and no node_modules above it. Slow (a Release build and an install), so one test.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_from_the_local_package_and_builds_the_bundled_guide_without_node()
    {
        using var temp = new TempFolder("guidegen-pack");
        var packages = temp.Combine("nupkg");
        var tools = temp.Combine("tools");
        var nugetConfig = temp.Combine("nuget.config");
        // The install may look only at the local package folder: no feed, no network, nothing but what was packed.
        File.WriteAllText(nugetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        // A build of its own (--artifacts-path), so the repository's bin/ and obj/ are left alone.
        Dotnet(temp.Path, "pack", Path.Combine(Repository.Root, "src", "GuideGen.Cli"), "--configuration", "Release",
            "--output", packages, "--artifacts-path", temp.Combine("artifacts"));
        Directory.GetFiles(packages, "guidegen.*.nupkg").Length.ShouldBe(1);
        Dotnet(temp.Path, "tool", "install", "guidegen", "--tool-path", tools, "--configfile", nugetConfig);

        var work = temp.Combine("work");
        Directory.CreateDirectory(work);
        for (var folder = new DirectoryInfo(work); folder is not null; folder = folder.Parent)
            Directory.Exists(Path.Combine(folder.FullName, "node_modules")).ShouldBeFalse($"node_modules is reachable from {folder.FullName}");

        var guidegen = Path.Combine(tools, "guidegen");
        RunTool(guidegen, work, temp.Combine("empty-path"), "new", "site", "my-guide");
        var guide = Path.Combine(work, "my-guide");
        Directory.Exists(Path.Combine(guide, "templates")).ShouldBeFalse();
        RunTool(guidegen, guide, temp.Combine("empty-path"), "build");

        var site = Path.Combine(guide, "_site");
        File.ReadAllText(Path.Combine(site, "index.html")).ShouldContain("Good practice in adult social care");
        File.ReadAllText(Path.Combine(site, "topics", "s1-safeguarding.html")).ShouldContain("<h1");
        File.ReadAllText(Path.Combine(site, "assets", "search-index.js")).Length.ShouldBeGreaterThan(100_000);
        File.ReadAllBytes(Path.Combine(site, "assets", "vendor", "minisearch.js"))
            .ShouldBe(File.ReadAllBytes(Path.Combine(Repository.Templates, "assets", "vendor", "minisearch.js")));
    }

    /// <summary>The dotnet that runs these tests: the folder above shared/Microsoft.NETCore.App/&lt;version&gt;/.</summary>
    private static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static void Dotnet(string workingDirectory, params string[] args) =>
        Run(Path.Combine(DotnetRoot, "dotnet"), workingDirectory, info =>
        {
            // Set by the test host's own dotnet; a nested build must find its SDK afresh.
            foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
                info.Environment.Remove(name);
        }, args);

    /// <summary>
    /// Runs the installed tool with an environment of three variables: PATH is one empty folder (so there is
    /// no node, npm or anything else to call), DOTNET_ROOT finds the .NET runtime, HOME is a fresh folder.
    /// </summary>
    private static void RunTool(string tool, string workingDirectory, string emptyFolder, params string[] args)
    {
        Directory.CreateDirectory(emptyFolder);
        Run(tool, workingDirectory, info =>
        {
            info.Environment.Clear();
            info.Environment["PATH"] = emptyFolder;
            info.Environment["DOTNET_ROOT"] = DotnetRoot;
            info.Environment["HOME"] = emptyFolder;
        }, args);
    }

    private static void Run(string file, string workingDirectory, Action<ProcessStartInfo> environment, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        environment(info);
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{Path.GetFileName(file)} {string.Join(' ', args)} failed:\n{output}\n{error.Result}");
    }
}
