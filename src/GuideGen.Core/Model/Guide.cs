namespace GuideGen.Core.Model;

/// <summary>
/// The assembled guide: key question → KLOE → topic, plus pages and the glossary, in display order.
/// Built only from content that passed validation, so every reference in it resolves.
/// </summary>
public sealed record Guide(
    SiteConfig Config,
    IReadOnlyList<KeyQuestion> KeyQuestions,
    IReadOnlyList<Page> Pages,
    Glossary? Glossary,
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyList<Checklist> Checklists,
    IReadOnlyList<Pack> Packs,
    Changes? Changes = null)
{
    /// <summary>All topics in reading order (key question, KLOE, order, id).</summary>
    public IEnumerable<Topic> Topics => KeyQuestions.SelectMany(k => k.Topics);
}

public sealed record KeyQuestion(KeyQuestionDefinition Definition, string SourcePath, KeyQuestionFile File, IReadOnlyList<Kloe> Kloes)
{
    public string Id => Definition.Id;
    public IEnumerable<Topic> Topics => Kloes.SelectMany(k => k.Topics);
}

public sealed record Kloe(KloeDefinition Definition, IReadOnlyList<Topic> Topics);

public sealed record Topic(string Id, string SourcePath, TopicFile File, KloeDefinition Kloe, KeyQuestionDefinition KeyQuestion)
{
    /// <summary>How the guide names a topic wherever it lists one: its KLOE code and title ("S1 Safeguarding").</summary>
    public string Label => $"{Kloe.Code} {File.Title}";
}

public sealed record Page(string Id, string SourcePath, PageFrontMatter Front, string Body, int BodyLineOffset);

public sealed record Glossary(string SourcePath, IReadOnlyList<GlossaryEntry> Entries);

/// <summary>content/changes.yml, its editions newest first.</summary>
public sealed record Changes(string SourcePath, IReadOnlyList<EditionChanges> Editions);

/// <summary>A glossary term with its resolved anchor id.</summary>
public sealed record GlossaryEntry(string Id, GlossaryTerm Term);

/// <summary>A KLOE's self-assessment checklist.</summary>
public sealed record Checklist(string SourcePath, KloeDefinition Kloe, ChecklistFile File);

/// <summary>A training pack defined in content.</summary>
public sealed record Pack(string Id, string SourcePath, PackFile File);
