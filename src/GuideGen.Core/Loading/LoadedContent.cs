using GuideGen.Core.Model;

namespace GuideGen.Core.Loading;

/// <summary>Everything read from content/, typed but not yet cross-checked. Files that failed to parse are absent.</summary>
/// <param name="UnreadableTopicIds">Topics whose files exist but could not be read; references to them are not reported again.</param>
public sealed record LoadedContent(
    IReadOnlyList<LoadedTopic> Topics,
    IReadOnlySet<string> UnreadableTopicIds,
    IReadOnlyList<LoadedKeyQuestion> KeyQuestions,
    IReadOnlySet<string> UnreadableKeyQuestionIds,
    IReadOnlyList<LoadedPage> Pages,
    LoadedGlossary? Glossary,
    LoadedSynonyms? Synonyms = null,
    IReadOnlyList<LoadedChecklist>? Checklists = null,
    IReadOnlyList<LoadedPack>? Packs = null,
    LoadedChanges? Changes = null);

public sealed record LoadedTopic(string Id, string Path, TopicFile File);

public sealed record LoadedKeyQuestion(string Id, string Path, KeyQuestionFile File);

/// <param name="BodyLineOffset">Lines of the file before the Markdown body, to report link errors at the right line.</param>
public sealed record LoadedPage(string Id, string Path, PageFrontMatter Front, string Body, int BodyLineOffset);

public sealed record LoadedGlossary(string Path, GlossaryFile File);

public sealed record LoadedSynonyms(string Path, SynonymsFile File);

public sealed record LoadedChanges(string Path, ChangesFile File);

public sealed record LoadedChecklist(string Id, string Path, ChecklistFile File);

public sealed record LoadedPack(string Id, string Path, PackFile File);
