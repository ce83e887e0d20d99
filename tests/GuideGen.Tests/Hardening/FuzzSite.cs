using GuideGen.Cli.Building;
using GuideGen.Core.Diagnostics;
using GuideGen.Core.Loading;
using GuideGen.Core.Validation;
using GuideGen.Testing;

namespace GuideGen.Tests.Hardening;

/// <summary>
/// A small valid guide, written once, into which a fuzz sample puts one hostile file. Checking it asserts
/// the hardening property: no exception escapes, every diagnostic has a file and a position, and the run
/// ends. Time and memory are bounded by limits in the code (file size, nesting, alias expansion); the
/// timeout here is only a hang guard, so a hang fails with a message instead of stalling the suite.
/// </summary>
public sealed class FuzzSite : IDisposable
{
    /// <summary>Where a sample's file goes, by the kind of file it is (also the corpus's folder names).</summary>
    public static readonly IReadOnlyDictionary<string, string> Targets = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["site"] = "site.yml",
        ["topic"] = "content/topics/s1-basics.yml",
        ["key-question"] = "content/key-questions/safe.yml",
        ["page"] = "content/pages/fuzz.md",
        ["glossary"] = "content/glossary.yml",
        ["synonyms"] = "content/synonyms.yml",
        ["checklist"] = "content/checklists/s1.yml",
        ["pack"] = "content/packs/fuzz.yml",
    };

    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly MiniSite site = new(SampleGuide.With("""
        -- content/pages/fuzz.md --
        ---
        title: Fuzz
        summary: A page the fuzz tests replace.
        ---
        See @s1-basics.
        """));

    public string Root => site.Root;

    /// <summary>Puts <paramref name="bytes"/> in the target's file, checks the guide, and puts the file back.</summary>
    /// <param name="render">Run the whole check (rendering included), not only loading and validation.</param>
    public IReadOnlyList<Diagnostic> Check(string target, byte[] bytes, bool render = false)
    {
        var path = Path.Combine(site.Root, Targets[target]);
        var original = File.Exists(path) ? File.ReadAllBytes(path) : null;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        try
        {
            var run = Task.Run(() => render ? Build() : LoadAndValidate());
            if (!run.Wait(HangGuard))
                Assert.Fail($"hang guard: checking a fuzzed {target} did not finish in {HangGuard.TotalSeconds} s; input saved to {Save(target, bytes)}");
            var diagnostics = run.Result;
            foreach (var d in diagnostics)
            {
                if (string.IsNullOrEmpty(d.Span.Path) || Path.IsPathRooted(d.Span.Path) || d.Span.Line < 1 || d.Span.Column < 1)
                    Assert.Fail($"a diagnostic without a proper position: {d}; input saved to {Save(target, bytes)}");
            }
            return diagnostics;
        }
        catch (AggregateException e)
        {
            Assert.Fail($"checking a fuzzed {target} threw {e.InnerException}; input saved to {Save(target, bytes)}");
            throw;
        }
        finally
        {
            if (original is null) File.Delete(path);
            else File.WriteAllBytes(path, original);
        }
    }

    private IReadOnlyList<Diagnostic> LoadAndValidate()
    {
        var diagnostics = new DiagnosticBag();
        var loader = new ContentLoader(site.Root, diagnostics);
        if (loader.LoadConfig() is { } config)
            new ContentValidator(config, diagnostics).Validate(loader.LoadContent());
        return diagnostics.Sorted();
    }

    private IReadOnlyList<Diagnostic> Build() => new BuildPipeline(new BuildOptions(site.Root, CheckOnly: true, Jobs: 1)).Build().Diagnostics;

    /// <summary>A failing input, kept where a developer can copy it into tests/corpus/&lt;target&gt;/.</summary>
    private static string Save(string target, byte[] bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "guidegen-fuzz-failures", target);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))[..16] + Path.GetExtension(Targets[target]));
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose() => site.Dispose();
}
