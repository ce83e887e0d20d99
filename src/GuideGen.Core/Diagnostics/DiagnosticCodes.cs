namespace GuideGen.Core.Diagnostics;

/// <summary>
/// Stable diagnostic codes, grouped by area: 0xxx I/O, 1xxx syntax and shape, 2xxx meaning (taxonomy,
/// ids, references), 3xxx links, 4xxx templates, 9xxx command line. Never renumber: authors and
/// tools look these codes up in docs/content-format.md.
/// </summary>
public static class DiagnosticCodes
{
    public const string FileUnreadable = "GG0001";
    public const string PathOutsideRoot = "GG0002";
    public const string FileTooLarge = "GG0003";

    public const string YamlSyntax = "GG1001";
    public const string FrontMatter = "GG1002";
    public const string DuplicateKey = "GG1003";
    public const string EmptyFile = "GG1004";
    public const string YamlTooDeep = "GG1005";
    public const string YamlAliasExpansion = "GG1006";
    public const string MarkdownTooDeep = "GG1007";
    public const string NotUtf8 = "GG1008";
    public const string TabIndent = "GG1009";
    public const string UnknownKey = "GG1101";
    public const string MissingKey = "GG1102";
    public const string WrongShape = "GG1103";
    public const string EmptyBlock = "GG1104";

    public const string RawHtmlNotAllowed = "GG1201";

    public const string UnknownKloe = "GG2001";
    public const string UnknownServiceType = "GG2002";
    public const string UnknownSpeaker = "GG2003";
    public const string UnknownKeyQuestion = "GG2004";
    public const string UnknownQualityStatement = "GG2005";
    public const string UnknownTopic = "GG2006";
    public const string InvalidId = "GG2101";
    public const string DuplicateId = "GG2102";
    public const string DuplicateOutputPath = "GG2103";
    public const string MissingKeyQuestionFile = "GG2104";
    public const string DuplicateGlossaryTerm = "GG2105";
    public const string SynonymGroupTooSmall = "GG2106";
    public const string DuplicateSynonym = "GG2107";
    public const string ChecklistFileName = "GG2108";
    public const string DuplicateChecklist = "GG2109";
    public const string ChecklistItemShape = "GG2110";
    public const string UnknownBlock = "GG2111";
    public const string ChangesProblem = "GG2112";
    public const string TaxonomyProblem = "GG2201";
    public const string InvalidKloeCode = "GG2202";
    public const string UnsafeRawHtmlConfig = "GG2203";
    public const string NoQualityStatements = "GG2301";
    public const string InsecureResourceLink = "GG2302";
    public const string ChangesEditionMismatch = "GG2303";

    public const string UnknownLinkTarget = "GG3001";
    public const string UnknownAnchor = "GG3002";
    public const string RelativeLink = "GG3003";
    public const string UnsafeLinkScheme = "GG3004";
    public const string RemoteImage = "GG3005";

    public const string TemplateError = "GG4001";

    public const string OutputOverlapsInput = "GG9001";
    public const string OutputPathEscapes = "GG9002";
}
