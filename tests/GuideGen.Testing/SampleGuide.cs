namespace GuideGen.Testing;

/// <summary>Small valid guide texts for focused tests; each test changes one thing and looks at the result.</summary>
public static class SampleGuide
{
    /// <summary>The service types of <see cref="SiteYml"/>: "all" and one other.</summary>
    public const string ServiceTypes = """
        service_types:
          - code: A
            applies_to_all: true
            label: All services
            short_label: All
            description: Every service.
          - code: R
            label: Residential
            description: Care homes.
        """;

    public const string SiteYml = $$"""
        -- site.yml --
        title: Test guide
        edition: Test edition
        language: en-GB
        description: A guide used by the tests.
        storage_namespace: test-guide
        key_questions:
          - id: safe
            letter: S
            title: Safe
            question: Are people safe?
          - id: caring
            letter: C
            title: Caring
            question: Are people cared for?
        kloes:
          - code: S1
            key_question: safe
            title: Safeguarding
            question: Are people protected from abuse?
          - code: C1
            key_question: caring
            title: Kindness
            question: Are people treated kindly?
        {{ServiceTypes}}
        speakers:
          - id: person
            label: Person using the service
        quality_statements:
          - id: safeguarding
            key_question: safe
            title: Safeguarding
        """;

    public const string KeyQuestions = """
        -- content/key-questions/safe.yml --
        summary: Keeping people safe.
        intro: Everyone wants to feel safe.
        -- content/key-questions/caring.yml --
        summary: Caring for people.
        intro: Kindness matters.
        """;

    public const string Topic = """
        -- content/topics/s1-basics.yml --
        title: Basics
        kloe: S1
        summary: The basics of safeguarding.
        quality_statements: [safeguarding]
        intro: |
          Start here.
        recommendations:
          - id: train-staff
            service: A
            text: Train staff.
        """;

    /// <summary>The smallest complete valid guide: config, both key questions, one topic.</summary>
    public static string Minimal => string.Join("\n", SiteYml, KeyQuestions, Topic);

    /// <summary>The minimal guide with one more file (or a replacement for one, when the path repeats).</summary>
    public static string With(params string[] extraFiles) => string.Join("\n", [Minimal, .. extraFiles]);
}
