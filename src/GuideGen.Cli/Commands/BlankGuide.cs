namespace GuideGen.Cli.Commands;

/// <summary>
/// The files of `guidegen new site DIR --blank`: the smallest guide that builds clean, in neutral words
/// (one section, one area, one topic, one page, a glossary, no checklists), each field explained, for
/// a provider, a council or a service under another regulator to grow into its own.
/// </summary>
public static class BlankGuide
{
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("site.yml", """
            # yaml-language-server: $schema=schemas/site.schema.json
            # Your guide's settings and its framework. Every key is described in GuideGen's docs/content-format.md.
            title: My good practice guide
            short_title: My guide
            edition: First edition
            language: en-GB
            description: What this guide is for and who it is for, in a sentence or two.
            # Prefix of what the guide saves in readers' browsers. Pick it once and never change it.
            storage_namespace: my-good-practice-guide

            # The words your framework uses for its levels and headings. Left out, GuideGen says
            # "section" and "area"; set them to your own (for example "theme" and "standard").
            words:
              key_question: section
              key_questions: sections
              kloe: area
              kloes: areas

            # The top level of the framework: each has a page, and a letter its area codes start with.
            key_questions:
              - id: getting-started
                letter: G
                title: Getting started
                question: What does good look like from the first day?

            # The level below: each topic belongs to one area.
            kloes:
              - { code: G1, key_question: getting-started, title: First days, question: Do people feel welcome from the start? }

            # Who each recommendation, example and what-to-avoid item is for. `applies_to_all` marks the one type shown whatever a reader picks.
            service_types:
              - code: A
                applies_to_all: true
                label: All services
                short_label: All
                description: Applies to every service.

            # Who says a telling sign.
            speakers:
              - { id: person, label: Person using the service }
              - { id: staff, label: Member of staff }
            """),
        ("content/key-questions/getting-started.yml", """
            # yaml-language-server: $schema=../../schemas/key-question.schema.json
            summary: Good practice from the first contact onwards.
            intro: |
              Say in a paragraph or two what this section covers and why it matters.
            """),
        ("content/topics/getting-started/g1-a-warm-welcome.yml", """
            # yaml-language-server: $schema=../../../schemas/topic.schema.json
            title: A warm welcome
            kloe: G1
            summary: Helping people feel at home from the first day.
            intro: |
              Write the topic's introduction here, in **Markdown**. Link other parts of the guide by their
              id, such as [how to use this guide](@about) or a [glossary term](@glossary#key-worker).
            recommendations:
              - id: meet-before-starting
                service: A
                text: Meet each person before their support starts, and ask what would help them settle.
            telling_signs:
              good:
                - id: knew-my-name
                  speaker: person
                  text: On my first day everyone already knew my name.
            """),
        ("content/pages/about.md", """
            ---
            title: About this guide
            summary: Who wrote it and how to use it.
            order: 1
            ---
            Say who wrote the guide, who it is for and how to use it. Start with [a warm welcome](@g1-a-warm-welcome).
            """),
        ("content/glossary.yml", """
            # yaml-language-server: $schema=../schemas/glossary.schema.json
            terms:
              - term: Key worker
                meaning: The member of staff who knows a person best and coordinates their support.
            """),
    ];
}
