using GuideGen.Core.Diagnostics;
using GuideGen.Core.Model;
using GuideGen.Core.Yaml;

namespace GuideGen.Tests.Yaml;

public class YamlBinderTests
{
    private static (T? Value, IReadOnlyList<Diagnostic> Diagnostics) Bind<T>(string yaml) where T : Located
    {
        var bag = new DiagnosticBag();
        var node = YamlTreeReader.Read(yaml, "file.yml", bag);
        var value = node is null ? null : new YamlBinder(bag).Bind<T>(node);
        return (value, bag.Sorted());
    }

    [Fact]
    public void Binds_snake_case_keys_onto_properties_and_remembers_positions()
    {
        var (page, diagnostics) = Bind<PageFrontMatter>("title: About\nsummary: What this is.\norder: 3\n");

        diagnostics.ShouldBeEmpty();
        page!.Title.ShouldBe("About");
        page.Order.ShouldBe(3);
        page.SpanOf(nameof(page.Summary)).ShouldBe(new SourceSpan("file.yml", 2, 10));
    }

    [Fact]
    public void Unknown_key_is_an_error_with_a_did_you_mean_hint()
    {
        var (_, diagnostics) = Bind<PageFrontMatter>("title: About\nsumary: What this is.\n");

        diagnostics.Select(d => d.ToString()).ShouldBe([
            "file.yml(1,1): error GG1102: missing required key 'summary'",
            "file.yml(2,1): error GG1101: unknown key 'sumary'; did you mean 'summary'?",
        ]);
    }

    [Fact]
    public void Unknown_key_far_from_any_known_key_gets_no_hint()
    {
        var (_, diagnostics) = Bind<PageFrontMatter>("title: A\nsummary: B\ncolour: red\n");

        diagnostics.ShouldHaveSingleItem().Message.ShouldBe("unknown key 'colour'");
    }

    [Fact]
    public void Wrong_shapes_are_reported_where_they_are_written()
    {
        var (_, diagnostics) = Bind<PageFrontMatter>("title: [a, b]\nsummary: x\norder: first\n");

        diagnostics.Select(d => (d.Code, d.Span.Line)).ShouldBe([("GG1103", 1), ("GG1103", 3)]);
        diagnostics[1].Message.ShouldBe("'order' must be a whole number, not 'first'");
    }

    [Fact]
    public void An_empty_list_is_an_error_and_an_empty_value_counts_as_missing()
    {
        var (_, diagnostics) = Bind<GlossaryFile>("terms: []\n");
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.EmptyBlock);

        var (_, missing) = Bind<PageFrontMatter>("title:\nsummary: x\n");
        missing.ShouldHaveSingleItem().Message.ShouldBe("missing required key 'title'");
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second_key()
    {
        var (_, diagnostics) = Bind<PageFrontMatter>("title: A\nsummary: B\ntitle: C\n");

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.DuplicateKey);
        d.Span.Line.ShouldBe(3);
    }

    [Fact]
    public void Syntax_errors_carry_the_position_and_a_clean_message()
    {
        var (_, diagnostics) = Bind<PageFrontMatter>("title: A\nsummary: [unclosed\n");

        var d = diagnostics.ShouldHaveSingleItem();
        d.Code.ShouldBe(DiagnosticCodes.YamlSyntax);
        d.Span.Line.ShouldBeGreaterThanOrEqualTo(2);
        d.Message.ShouldNotContain("Idx:");
    }

    [Fact]
    public void Aliases_resolve_to_their_anchor()
    {
        var (file, diagnostics) = Bind<GlossaryFile>("terms:\n  - &t\n    term: Care plan\n    meaning: A plan.\n  - term: Other\n    meaning: *m\n  - term: Third\n    meaning: &m Shared meaning.\n");

        // *m is used before &m is defined: that is an error, not a crash.
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.YamlSyntax);
        file.ShouldBeNull();
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_anything_expands_it()
    {
        // Nine levels of ten aliases each would be a billion nodes if copied. The reader shares nodes, but
        // anything that walks the tree (binder, validator) would still visit them all: it is refused as GG1006.
        var yaml = new System.Text.StringBuilder("terms:\n  - term: t\n    meaning: m\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i <= 9; i++)
            yaml.Append($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");

        var (file, diagnostics) = Bind<GlossaryFile>(yaml.ToString());

        file.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.YamlAliasExpansion);
    }

    [Theory]
    [InlineData("recommendations", "recommendations", null)]
    [InlineData("recomendations", "recommendations", "recommendations")]
    [InlineData("qualitystatements", "quality_statements", "quality_statements")]
    [InlineData("colour", "title", null)]
    public void Suggester_offers_close_names_only(string wrong, string known, string? expected)
    {
        NameSuggester.Suggest(wrong, [known]).ShouldBe(expected ?? (wrong == known ? known : null));
    }

    [Fact]
    public void Keys_are_snake_case_of_property_names()
    {
        YamlBinder.KeyOf("QualityStatements").ShouldBe("quality_statements");
        YamlBinder.KeyOf("Kloe").ShouldBe("kloe");
    }
}
