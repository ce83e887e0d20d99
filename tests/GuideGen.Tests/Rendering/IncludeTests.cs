using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Templates;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// GuideGen renders <c>include</c> into buffers it reuses instead of Scriban's own, so it must keep
/// Scriban's meaning: arguments as <c>$1</c>…, includes inside includes, the guard against a partial
/// that includes itself, a missing partial reported, and prepared partials used as they are.
/// </summary>
public class IncludeTests
{
    private static TemplateSet Templates(string page, params (string Name, string Text)[] partials) =>
        Templates("[{{ content }}]", page, partials);

    private static TemplateSet Templates(string layout, string page, params (string Name, string Text)[] partials)
    {
        var files = new Dictionary<string, Func<byte[]>>
        {
            ["layout.html"] = () => Encoding.UTF8.GetBytes(layout),
            ["page.html"] = () => Encoding.UTF8.GetBytes(page),
        };
        foreach (var (name, text) in partials) files[$"partials/{name}.html"] = () => Encoding.UTF8.GetBytes(text);
        return TemplateSet.Load(TemplateSource.FromFiles("templates", files), ["page"], new DiagnosticBag()).ShouldNotBeNull();
    }

    private static (string? Html, IReadOnlyList<Diagnostic> Diagnostics) Render(TemplateSet templates, IReadOnlyDictionary<string, string>? prepared = null)
    {
        var diagnostics = new DiagnosticBag();
        var bytes = templates.RenderUtf8("page", new { title = "T" }, "the model", new { }, diagnostics, prepared);
        return (bytes is null ? null : Encoding.UTF8.GetString(bytes), diagnostics.Sorted());
    }

    [Fact]
    public void Arguments_nested_includes_and_the_callers_arguments_afterwards()
    {
        var templates = Templates("{{ include 'outer' 'a' }}|{{ include 'outer' 'b' }}",
            ("outer", "<{{ $1 }}:{{ include 'inner' 'x' }}:{{ $1 }}>"),
            ("inner", "({{ $1 }} {{ model }} {{ page.title }})"));

        var (html, diagnostics) = Render(templates);

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[<a:(x the model T):a>|<b:(x the model T):b>]");
    }

    [Fact]
    public void A_partial_that_includes_itself_is_a_template_error_not_a_crash()
    {
        var (html, diagnostics) = Render(Templates("{{ include 'loop' }}", ("loop", "x{{ include 'loop' }}")));

        html.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TemplateError);
    }

    [Fact]
    public void A_missing_partial_is_a_template_error_naming_it()
    {
        var (html, diagnostics) = Render(Templates("{{ include 'nowhere' }}"));

        html.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Message.ShouldContain("nowhere");
    }

    [Fact]
    public void A_prepared_partial_is_used_as_it_is_and_only_for_its_own_name()
    {
        var templates = Templates("{{ include 'block' }}/{{ include 'other' }}", ("block", "rendered again"), ("other", "other {{ model }}"));

        var (html, diagnostics) = Render(templates, new Dictionary<string, string> { ["block"] = "<prepared>" });

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[<prepared>/other the model]");
    }

    [Fact]
    public void A_context_is_reused_cleanly_after_a_failed_render()
    {
        var templates = Templates("{{ include 'p' }}", ("p", "{{ if model == 'bad' }}{{ no_such_thing }}{{ end }}ok {{ model }}"));
        var diagnostics = new DiagnosticBag();

        templates.RenderUtf8("page", new { }, "bad", new { }, diagnostics).ShouldBeNull();
        var again = templates.RenderUtf8("page", new { }, "good", new { }, diagnostics);

        Encoding.UTF8.GetString(again.ShouldNotBeNull()).ShouldBe("[ok good]");
    }

    [Fact]
    public void An_include_used_as_a_value_captured_or_returning_is_the_partials_text()
    {
        var templates = Templates(
            "{{ x = include 'p' }}{{ x | string.upcase }}|{{ include 'p' | string.size }}|{{ capture c }}{{ include 'p' }}{{ end }}<{{ c }}>|{{ include 'r' }}|{{ for i in 1..2 }}{{ include 'p' }}{{ end }}",
            ("p", "ab"), ("r", "a{{ ret 'r' }}b"));

        var (html, diagnostics) = Render(templates);

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[AB|2|<ab>|ar|abab]");
    }

    [Theory]
    [InlineData("[{{ content }}]", "[body]")]
    [InlineData("{{ content }}/{{ content }}", "body/body")]
    [InlineData("[{{ content | string.upcase }}]", "[BODY]")] // not written as it is: the layout gets the text
    [InlineData("[{{ content.size }}]", "[4]")]
    [InlineData("[{{ include 'shows-content' }}]", "[<body>]")]
    [InlineData("{{ page.content }}:{{ content }}", "from page:body")] // a member called content is another thing
    public void The_layout_gets_the_pages_body_as_content_however_it_uses_it(string layout, string expected)
    {
        var templates = Templates(layout, "body", ("shows-content", "<{{ content }}>"));
        var diagnostics = new DiagnosticBag();

        var bytes = templates.RenderUtf8("page", new { content = "from page" }, "the model", new { }, diagnostics);

        diagnostics.Sorted().ShouldBeEmpty();
        Encoding.UTF8.GetString(bytes.ShouldNotBeNull()).ShouldBe(expected);
    }

    [Fact]
    public void An_indented_include_is_not_re_indented_pages_lose_template_indentation_anyway()
    {
        var templates = Templates("x", ("outer", "<ul>\n  {{ include 'items' }}\n</ul>"), ("items", "<li>a</li>\n<li>b</li>"));

        templates.RenderFragment("outer", new { }, "m", new { }, new DiagnosticBag()).ShouldBe("<ul>\n  <li>a</li>\n<li>b</li>\n</ul>");
    }
}
