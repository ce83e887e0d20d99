using System.Text;
using GuideGen.Core;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Templates;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// GuideGen renders <c>include</c> into buffers it reuses instead of Scriban's own, so it must keep
/// Scriban's meaning: arguments as <c>$1</c>…, includes inside includes, the guard against a partial
/// that includes itself, a missing partial reported, and prepared partials used as they are. Each test
/// runs with the fast path and with its plain twin, Scriban's own <c>include</c> (<see cref="FastPaths"/>).
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Arguments_nested_includes_and_the_callers_arguments_afterwards(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var templates = Templates("{{ include 'outer' 'a' }}|{{ include 'outer' 'b' }}",
            ("outer", "<{{ $1 }}:{{ include 'inner' 'x' }}:{{ $1 }}>"),
            ("inner", "({{ $1 }} {{ model }} {{ page.title }})"));

        var (html, diagnostics) = Render(templates);

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[<a:(x the model T):a>|<b:(x the model T):b>]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_partial_that_includes_itself_is_a_template_error_not_a_crash(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var (html, diagnostics) = Render(Templates("{{ include 'loop' }}", ("loop", "x{{ include 'loop' }}")));

        html.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Code.ShouldBe(DiagnosticCodes.TemplateError);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_missing_partial_is_a_template_error_naming_it(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var (html, diagnostics) = Render(Templates("{{ include 'nowhere' }}"));

        html.ShouldBeNull();
        diagnostics.ShouldHaveSingleItem().Message.ShouldContain("nowhere");
    }

    [Fact]
    public void A_prepared_partial_is_used_as_it_is_and_only_for_its_own_name()
    {
        using var mode = FastPaths.UseReference(false); // the fast path's: its plain twin renders every include
        var templates = Templates("{{ include 'block' }}/{{ include 'other' }}", ("block", "rendered again"), ("other", "other {{ model }}"));

        var (html, diagnostics) = Render(templates, new Dictionary<string, string> { ["block"] = "<prepared>" });

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[<prepared>/other the model]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_context_is_reused_cleanly_after_a_failed_render(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var templates = Templates("{{ include 'p' }}", ("p", "{{ if model == 'bad' }}{{ no_such_thing }}{{ end }}ok {{ model }}"));
        var diagnostics = new DiagnosticBag();

        templates.RenderUtf8("page", new { }, "bad", new { }, diagnostics).ShouldBeNull();
        var again = templates.RenderUtf8("page", new { }, "good", new { }, diagnostics);

        Encoding.UTF8.GetString(again.ShouldNotBeNull()).ShouldBe("[ok good]");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_include_used_as_a_value_captured_or_returning_is_the_partials_text(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var templates = Templates(
            "{{ x = include 'p' }}{{ x | string.upcase }}|{{ include 'p' | string.size }}|{{ capture c }}{{ include 'p' }}{{ end }}<{{ c }}>|{{ include 'r' }}|{{ for i in 1..2 }}{{ include 'p' }}{{ end }}",
            ("p", "ab"), ("r", "a{{ ret 'r' }}b"));

        var (html, diagnostics) = Render(templates);

        diagnostics.ShouldBeEmpty();
        html.ShouldBe("[AB|2|<ab>|ar|abab]");
    }

    public static TheoryData<string, string, bool> Layouts()
    {
        var layouts = new TheoryData<string, string, bool>();
        foreach (var reference in new[] { false, true })
        {
            layouts.Add("[{{ content }}]", "[body]", reference);
            layouts.Add("{{ content }}/{{ content }}", "body/body", reference);
            layouts.Add("[{{ content | string.upcase }}]", "[BODY]", reference); // not written as it is: the layout gets the text
            layouts.Add("[{{ content.size }}]", "[4]", reference);
            layouts.Add("[{{ include 'shows-content' }}]", "[<body>]", reference);
            layouts.Add("{{ page.content }}:{{ content }}", "from page:body", reference); // a member called content is another thing
        }
        return layouts;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void The_layout_gets_the_pages_body_as_content_however_it_uses_it(string layout, string expected, bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var templates = Templates(layout, "body", ("shows-content", "<{{ content }}>"));
        var diagnostics = new DiagnosticBag();

        var bytes = templates.RenderUtf8("page", new { content = "from page" }, "the model", new { }, diagnostics);

        diagnostics.Sorted().ShouldBeEmpty();
        Encoding.UTF8.GetString(bytes.ShouldNotBeNull()).ShouldBe(expected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_indented_include_is_not_re_indented_pages_lose_template_indentation_anyway(bool reference)
    {
        using var mode = FastPaths.UseReference(reference);
        var templates = Templates("x", ("outer", "<ul>\n  {{ include 'items' }}\n</ul>"), ("items", "<li>a</li>\n<li>b</li>"));

        templates.RenderFragment("outer", new { }, "m", new { }, new DiagnosticBag()).ShouldBe("<ul>\n  <li>a</li>\n<li>b</li>\n</ul>");
    }
}
