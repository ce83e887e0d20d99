using GuideGen.Core.Model;

namespace GuideGen.Cli.Commands;

/// <summary>The files `guidegen new` writes: valid as they are, with every field present or shown commented out.</summary>
public static class Scaffolds
{
    public static string Topic(KloeDefinition kloe, string title, SiteConfig config)
    {
        var all = config.AllServices.Length > 0 ? config.AllServices : config.ServiceTypes[0].Code;
        var statement = config.QualityStatements?.FirstOrDefault(q => q.KeyQuestion == kloe.KeyQuestion)?.Id;
        return $$"""
            # yaml-language-server: $schema=../../../schemas/topic.schema.json
            # A topic. The format: docs/content-format.md. Check it with: guidegen check
            # Ids (the `id:` of each item) name anchors and saved answers: never change one once published.
            title: {{Quote(title)}}
            kloe: {{kloe.Code}}                      # {{kloe.Title}}
            order: 0                       # order among topics with the same kloe
            summary: One plain sentence that says what this topic is about.
            {{(statement is null ? "# quality_statements: []" : $"quality_statements: [{statement}]")}}   # ids from site.yml quality_statements
            intro: |
              A short introduction in Markdown: why this matters, and what good looks like.

            recommendations:               # what services that do this well do
              - id: first-recommendation
                service: {{all}}                     # {{string.Join(", ", config.ServiceTypes.Select(t => $"{t.Code} = {t.Label}"))}}
                text: Write the recommendation as something to do.

            # Uncomment the blocks you need; an empty block is an error, so leave unused blocks out.
            # examples:
            #   - id: first-example
            #     service: {{all}}
            #     title: A short title
            #     setting: a homecare agency
            #     text: |
            #       What the service did, and what difference it made.
            # telling_signs:
            #   good:
            #     - id: first-good-sign
            #       speaker: {{config.Speakers[0].Id}}             # {{string.Join(", ", config.Speakers.Select(s => s.Id))}}
            #       text: Something people say in a good service, in our own words.
            #   poor:
            #     - id: first-poor-sign
            #       speaker: {{config.Speakers[0].Id}}
            #       text: Something people say in a service that needs to improve.
            # avoid:
            #   - id: first-thing-to-avoid
            #     service: {{all}}
            #     text: A problem seen in services where this goes wrong.
            # insights:
            #   - id: first-insight
            #     text: A practice insight from a manager.
            #     from: Manager, day service
            # case_studies:
            #   - id: first-case-study
            #     title: A short title
            #     setting: a supported living service
            #     service: {{all}}
            #     body: |
            #       The story, in Markdown.
            # resources:
            #   - title: Title of a guide or tool
            #     publisher: Its publisher
            #     url: https://example.org/
            """ + "\n";
    }

    public static string Checklist(KloeDefinition kloe, SiteConfig config)
    {
        var all = config.AllServices.Length > 0 ? config.AllServices : config.ServiceTypes[0].Code;
        var statement = (config.QualityStatements?.FirstOrDefault(q => q.KeyQuestion == kloe.KeyQuestion) ?? config.QualityStatements?.FirstOrDefault())?.Id;
        // A guide without quality statements writes none; one with them must name one on every item.
        var statements = statement is null ? "" : $"\n    quality_statements: [{statement}]";
        var commented = statement is null ? "" : $"\n  #   quality_statements: [{statement}]";
        var ratings = config.Assessment?.Ratings.Select(r => r.Id).ToList() ?? [];
        var levels = ratings.Count > 0 ? string.Join(" | ", ratings) : "a rating id";
        var level = ratings.Count > 1 ? ratings[1] : ratings.FirstOrDefault() ?? "good";
        var cap = ratings.Count > 2 ? ratings[^2] : ratings.LastOrDefault() ?? "a-rating-id";
        return $$"""
            # yaml-language-server: $schema=../../schemas/checklist.schema.json
            # The self-assessment checklist for {{kloe.Code}} {{kloe.Title}}. The format: docs/content-format.md.
            # Saved answers are kept under each item's id: never change an id once people have used the checklist.
            kloe: {{kloe.Code}}
            intro: |
              What this checklist covers, in a sentence or two.
            items:
              - id: first-practice-statement
                kind: practice             # practice | warning | characteristic | check
                service: {{all}}
                text: A statement a service can honestly say is true of it.
                # sources: ["@topic-id#item-id"]   # the guide items it comes from{{statements}}
              # - id: first-warning
              #   kind: warning
              #   service: {{all}}
              #   text: Something that may be happening and should not be.{{commented}}
              # - id: first-characteristic
              #   kind: characteristic
              #   level: {{level}}              # {{levels}}
              #   service: {{all}}
              #   text: A characteristic of a good service.{{commented}}
              # - id: first-check
              #   kind: check
              #   service: {{all}}
              #   text: A hard check, answered yes or no.{{commented}}
              #   caps:
              #     - scope: {{kloe.KeyQuestion}}   # an id from key_questions in site.yml, or overall
              #       rating: {{cap}}
            """ + "\n";
    }

    public static string Page(string title) => $"""
        ---
        title: {Quote(title)}
        summary: One sentence about this page.
        order: 0
        ---
        Write the page in Markdown. Link to other pages with `@id`, for example `@index` for the home page.

        ## A heading
        Headings get anchors from their text.
        """ + "\n";

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
