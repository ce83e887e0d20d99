using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Core.Loading;

/// <summary>
/// Finds and parses the guide's files: site.yml, then everything under content/, each file once,
/// in parallel, with results kept in ordinal path order so output and messages never depend on timing.
/// </summary>
/// <param name="cache">Parsed files from earlier builds in this process, reused when a file's text is unchanged.</param>
public sealed class ContentLoader(string root, DiagnosticBag diagnostics, ParseCache? cache = null)
{
    public const string ConfigFileName = "site.yml";

    private readonly RealPathCache realPaths = new();
    public const string ContentFolder = "content";
    public const string ChangesFileName = "changes.yml";

    public SiteConfig? LoadConfig()
    {
        var path = Path.Combine(root, ConfigFileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, SourceSpan.FileStart(ConfigFileName),
                $"there is no {ConfigFileName} in {root}; run guidegen in a guide's folder or pass --root");
            return null;
        }
        var file = Read(path);
        return file is null ? null : Parse(file, ParseYaml<SiteConfig>);
    }

    public LoadedContent LoadContent()
    {
        var content = Path.Combine(root, ContentFolder);
        var topicFiles = Discover(Path.Combine(content, "topics"), "*.yml", recursive: true);
        var keyQuestionFiles = Discover(Path.Combine(content, "key-questions"), "*.yml", recursive: false);
        var pageFiles = Discover(Path.Combine(content, "pages"), "*.md", recursive: false);
        var checklistFiles = Discover(Path.Combine(content, "checklists"), "*.yml", recursive: false);
        var packFiles = Discover(Path.Combine(content, "packs"), "*.yml", recursive: false);
        var glossaryPath = Path.Combine(content, "glossary.yml");

        var topics = ParseAll(topicFiles, (f, d) => ParseYaml<TopicFile>(f, d) is { } t ? new LoadedTopic(IdOf(f), f.RelativePath, t) : null);
        var keyQuestions = ParseAll(keyQuestionFiles, (f, d) => ParseYaml<KeyQuestionFile>(f, d) is { } k ? new LoadedKeyQuestion(IdOf(f), f.RelativePath, k) : null);
        var pages = ParseAll(pageFiles, ParsePage);
        var packs = ParseAll(packFiles, (f, d) => ParseYaml<PackFile>(f, d) is { } p ? new LoadedPack(IdOf(f), f.RelativePath, p) : null);
        var checklists = ParseAll(checklistFiles, (f, d) => ParseYaml<ChecklistFile>(f, d) is { } c ? new LoadedChecklist(IdOf(f), f.RelativePath, c) : null);
        LoadedGlossary? glossary = null;
        if (File.Exists(glossaryPath) && Read(glossaryPath) is { } g && Parse(g, ParseYaml<GlossaryFile>) is { } glossaryFile)
            glossary = new LoadedGlossary(g.RelativePath, glossaryFile);

        var synonymsPath = Path.Combine(content, "synonyms.yml");
        LoadedSynonyms? synonyms = null;
        if (File.Exists(synonymsPath) && Read(synonymsPath) is { } sf && Parse(sf, ParseYaml<SynonymsFile>) is { } synonymsFile)
            synonyms = new LoadedSynonyms(sf.RelativePath, synonymsFile);

        var changesPath = Path.Combine(content, ChangesFileName);
        LoadedChanges? changes = null;
        if (File.Exists(changesPath) && Read(changesPath) is { } cf && Parse(cf, ParseYaml<ChangesFile>) is { } changesFile)
            changes = new LoadedChanges(cf.RelativePath, changesFile);

        return new LoadedContent(topics, Unreadable(topicFiles, topics.Select(t => t.Id)),
            keyQuestions, Unreadable(keyQuestionFiles, keyQuestions.Select(k => k.Id)), pages, glossary, synonyms, checklists, packs, changes);
    }

    private LoadedPage? ParsePage(SourceFile file, DiagnosticBag diagnostics)
    {
        var parts = FrontMatter.Split(file, diagnostics);
        if (parts is null) return null;
        var node = YamlTreeReader.Read(parts.Yaml, file.RelativePath, diagnostics, lineOffset: 1);
        if (node is null) return null;
        var front = new YamlBinder(diagnostics).Bind<PageFrontMatter>(node);
        return front is null ? null : new LoadedPage(IdOf(file), file.RelativePath, front, parts.Body, parts.BodyLineOffset);
    }

    private static T? ParseYaml<T>(SourceFile file, DiagnosticBag diagnostics) where T : Located
    {
        var node = YamlTreeReader.Read(file.Text, file.RelativePath, diagnostics);
        return node is null ? null : new YamlBinder(diagnostics).Bind<T>(node);
    }

    private IReadOnlyList<T> ParseAll<T>(IReadOnlyList<string> paths, Func<SourceFile, DiagnosticBag, T?> parse) where T : class
    {
        var results = new T?[paths.Count];
        Parallelism.For(paths.Count, i =>
        {
            if (Read(paths[i]) is not { } file) return;
            results[i] = Parse(file, parse);
        });
        return results.OfType<T>().ToList();
    }

    /// <summary>Through the cache when there is one: an unchanged file then gives the very same object as last time.</summary>
    private T? Parse<T>(SourceFile file, Func<SourceFile, DiagnosticBag, T?> parse) where T : class =>
        cache is null ? parse(file, diagnostics) : cache.GetOrParse(file, diagnostics, parse);

    private IReadOnlyList<string> Discover(string folder, string pattern, bool recursive) =>
        GuideFiles.Discover(root, folder, pattern, recursive, diagnostics);

    /// <summary>Stays inside the root (symbolic links are checked) and refuses files over 1 MB: see <see cref="GuideFiles"/>.</summary>
    private SourceFile? Read(string fullPath) => GuideFiles.Read(root, fullPath, diagnostics, realPaths);

    private static HashSet<string> Unreadable(IEnumerable<string> paths, IEnumerable<string> loadedIds) =>
        paths.Select(Path.GetFileNameWithoutExtension).OfType<string>().Except(loadedIds, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);

    private static string IdOf(SourceFile file) => Path.GetFileNameWithoutExtension(file.FullPath);
}
