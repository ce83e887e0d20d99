using System.Reflection;
using GuideGen.Core.Yaml;

namespace GuideGen.Core.Model;

/// <summary>
/// site.yml `words`: every word the site shows that belongs to a framework rather than to GuideGen
/// (the names of its levels, block headings that name ratings, disclaimers, the regulator's name in
/// prompts). A guide that sets none reads in neutral words ("sections", "areas"); the bundled guide
/// sets the CQC's. Each default here is the neutral word, never a framework's.
/// </summary>
public sealed class SiteWords : Located
{
    /// <summary>The framework's top level, inside a sentence: "key question" (the CQC's five). Shown capitalised where it heads something.</summary>
    public string KeyQuestion { get; init; } = "section";
    public string KeyQuestions { get; init; } = "sections";
    /// <summary>The level below, inside a sentence: "key line of enquiry".</summary>
    public string Kloe { get; init; } = "area";
    public string Kloes { get; init; } = "areas";
    /// <summary>The same level's short name where space is tight (tabs, table headings): "KLOE".</summary>
    public string KloeShort { get; init; } = "area";
    public string KloesShort { get; init; } = "areas";
    /// <summary>One of the framework's scored statements, when the guide has them: "quality statement".</summary>
    public string Statement { get; init; } = "statement";
    public string Statements { get; init; } = "statements";
    /// <summary>The heading over the home page's grid of sections: "The five key questions".</summary>
    public string SectionsHeading { get; init; } = "Sections of the guide";
    /// <summary>One or two sentences under the home page's and the framework pages' browse links, saying where the levels come from. Empty: none.</summary>
    public string FrameworkNote { get; init; } = "";
    /// <summary>The description of the page listing every area (kloes.html).</summary>
    public string KloesPageDescription { get; init; } = "The guide's topics, area by area.";
    /// <summary>The description of the page listing every statement (quality-statements.html).</summary>
    public string StatementsPageDescription { get; init; } = "The guide's topics, statement by statement.";
    /// <summary>The label before a topic's statements: "CQC quality statements".</summary>
    public string TopicStatementsLabel { get; init; } = "Statements";
    /// <summary>The heading of a topic's recommendations.</summary>
    public string RecommendationsHeading { get; init; } = "Recommendations";
    /// <summary>The note under the telling signs heading.</summary>
    public string SignsNote { get; init; } = "Things people say, paraphrased. Hearing similar things in your own service is an early sign of what is going well or what needs to improve.";
    /// <summary>The heading of what people say where care goes well.</summary>
    public string SignsGoodHeading { get; init; } = "Where care is good";
    /// <summary>The heading of what people say where care falls short.</summary>
    public string SignsPoorHeading { get; init; } = "Where care falls short";
    /// <summary>The note under the what to avoid heading.</summary>
    public string AvoidNote { get; init; } = "Recurring problems in services where care falls short. If any of these sound familiar, act now.";
    /// <summary>The home page's invitation to the self-assessment.</summary>
    public string AssessmentInvitation { get; init; } = "Work through a self-assessment, see indicative results and build an action plan. Your answers stay on this computer.";
    /// <summary>Under the self-assessment's heading: what its results are not.</summary>
    public string AssessmentDisclaimer { get; init; } = "Results here are a guide to how your service might fare. They are not an official rating.";
    /// <summary>Above the results: where the bands and rules come from.</summary>
    public string ResultsDisclaimer { get; init; } = "These results are indicative: a prompt for honest discussion, not an official rating. The bands and the rules that limit a rating are this guide's own.";
    /// <summary>Above the questions that limit ratings (checks).</summary>
    public string LimitersNote { get; init; } = "Some answers limit a rating whatever the scores say. Answer these first: until they are answered, what they limit is not rated.";
    /// <summary>Above the statements of a section, when the guide scores statements.</summary>
    public string StatementScaleNote { get; init; } = "Score each statement from 1 (significant shortfalls) to 4 (exceptional). The prompts are the guide's checklist items that evidence it.";
    /// <summary>The label of the notes field beside each checklist answer.</summary>
    public string EvidencePrompt { get; init; } = "Evidence: what could you show, and where is it?";
    /// <summary>Example searches shown under the search box, each in the guide's own words. None: no examples line.</summary>
    public IReadOnlyList<string>? SearchExamples { get; init; }

    /// <summary>Every word by its site.yml key, for templates (`site.words.key_question`) and scripts.</summary>
    public IReadOnlyDictionary<string, string> ByKey() =>
        TextProperties.ToDictionary(p => YamlBinder.KeyOf(p.Name), p => (string)p.GetValue(this)!, StringComparer.Ordinal);

    private static readonly PropertyInfo[] TextProperties =
        typeof(SiteWords).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)).ToArray();

    /// <summary>The first letter in upper case: "key question" heads a page as "Key question"; "KLOE" stays.</summary>
    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
