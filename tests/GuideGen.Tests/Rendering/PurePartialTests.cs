using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Templates;
using GuideGen.Testing;
using Scriban;
using Scriban.Runtime;

namespace GuideGen.Tests.Rendering;

/// <summary>
/// A partial whose text depends only on values it reads (the header, a badge) is rendered once per set
/// of values and then reused. These tests hold the two halves to that: the reading finds exactly what a
/// partial depends on and refuses anything it cannot be sure of, and reuse never changes a page.
/// </summary>
public class PurePartialTests
{
    private static Dictionary<string, IReadOnlyList<string>> InputsOf(params (string Name, string Text)[] partials) =>
        PartialInputs.Of(partials.ToDictionary(p => p.Name, p => Template.Parse(p.Text, p.Name), StringComparer.Ordinal))
            .ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Select(i => i.ToString()).ToList());

    [Fact]
    public void The_default_header_badge_and_search_box_depend_only_on_what_they_read()
    {
        var folder = Path.Combine(Repository.Root, "templates", "partials");
        var partials = Directory.GetFiles(folder, "*.html").Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))).ToArray();

        var inputs = InputsOf(partials);

        inputs["header"].ShouldBe(["page.root", "site.title", "site.short_title", "site.words", "page.nav", "site.all_services_label", "site.service_choices"]); // search-box's page.root counted once
        inputs["search-box"].ShouldBe(["page.root"]);
        inputs["badge"].ShouldBe(["badge.code", "site.all_services", "badge.label", "badge.short_label"]);
        inputs.ShouldNotContainKey("block-recommendations"); // it assigns `badge` before including the badge
    }

    [Fact]
    public void Loop_variables_are_the_partials_own_and_pipes_into_pure_functions_are_allowed()
    {
        var inputs = InputsOf(("list", "{{ for x in page.items }}{{ if !for.first }}, {{ end }}{{ x.name | string.downcase | html.escape }}{{ end }}{{ if page.items | array.size > 2 }}…{{ end }}"));

        inputs["list"].ShouldBe(["page.items"]);
    }

    [Theory]
    [InlineData("{{ x = page.title }}{{ x }}")]                                  // assigns
    [InlineData("{{ capture c }}{{ page.title }}{{ end }}{{ c }}")]              // captures
    [InlineData("{{ func f }}{{ ret 1 }}{{ end }}{{ f }}")]                       // defines a function
    [InlineData("{{ date.now | date.to_string '%Y' }}")]                          // not a pure function
    [InlineData("{{ page.title | object.format 'x' }}")]                          // not on the list
    [InlineData("{{ include 'other' }}")]                                         // includes a partial that assigns
    [InlineData("{{ include 'p' }}")]                                             // includes itself
    [InlineData("{{ include page.partial }}")]                                    // a partial named at render time
    [InlineData("{{ include 'clean' 'argument' }}")]                              // passes arguments
    [InlineData("{{ $0 }}")]                                                      // reads its arguments
    [InlineData("{{ page.items[0] }}")]                                           // an indexer
    [InlineData("{{ while false }}{{ end }}")]                                    // a construct not on the list
    public void Anything_not_known_to_be_pure_makes_the_partial_impure(string text)
    {
        var inputs = InputsOf(("p", text), ("other", "{{ y = 1 }}"), ("clean", "{{ page.root }}"));

        inputs.ShouldNotContainKey("p");
        inputs.ShouldContainKey("clean");
    }

    [Fact]
    public void Equal_inputs_render_once_different_inputs_render_again()
    {
        var outputs = new PartialOutputs(PartialInputs.Of(new Dictionary<string, Template> { ["p"] = Template.Parse("{{ page.root }}") }));
        var renders = 0;
        string Include(string root)
        {
            var context = new TemplateContext();
            context.PushGlobal(new ScriptObject { ["page"] = new ScriptObject { ["root"] = root, ["title"] = "varies" } });
            return outputs.GetOrRender("p", context, root, r => $"text for {r} #{++renders}").ShouldNotBeNull();
        }

        Include("../").ShouldBe("text for ../ #1");
        Include("../").ShouldBe("text for ../ #1");
        Include("").ShouldBe("text for  #2");
        Include("../").ShouldBe("text for ../ #1");
        renders.ShouldBe(2);
    }

    [Fact]
    public void A_value_that_could_change_under_the_key_is_never_a_key()
    {
        var outputs = new PartialOutputs(PartialInputs.Of(new Dictionary<string, Template> { ["p"] = Template.Parse("{{ thing.name }}") }));
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["thing"] = new ScriptObject { ["name"] = new ScriptObject() } }); // a template's own object: mutable

        outputs.GetOrRender("p", context, 0, _ => "rendered").ShouldBeNull(); // the caller renders it as usual
    }

    [Fact]
    public void Pages_are_the_same_with_reuse_as_without_it_even_when_a_template_changes_what_a_partial_reads()
    {
        using var mode = GuideGen.Core.FastPaths.UseReference(false); // reuse is the fast path's, so these run with it in reference mode too
        // `b` is set before each include; one of the values is an object the page changes between includes.
        const string page = "{{ for item in model }}{{ b = item }}{{ include 'badge' }}|{{ end }}" +
                            "{{ o = { inner: { code: 'x' } } }}{{ include 'loose' }}{{ o.inner.code = 'y' }}{{ include 'loose' }}";
        var templates = Load(page, ("badge", "<{{ b.code | string.upcase }}:{{ b.label }}>"), ("loose", "[{{ o.inner.code }}]"));
        var model = Enumerable.Range(0, 200).Select(i => new ScriptObject { ["code"] = "abc"[i % 3].ToString(), ["label"] = i % 7 == 0 ? "seven" : "other" }).ToList();

        var diagnostics = new DiagnosticBag();
        var html = Encoding.UTF8.GetString(templates.RenderUtf8("page", new { }, model, new { }, diagnostics).ShouldNotBeNull());

        diagnostics.Sorted().ShouldBeEmpty();
        var expected = string.Concat(model.Select(m => $"<{m["code"]?.ToString()?.ToUpperInvariant()}:{m["label"]}>|")) + "[x][y]";
        html.ShouldBe("[" + expected + "]");
    }

    [Fact]
    public void A_partial_whose_text_is_rarely_the_same_twice_still_renders_every_page_right()
    {
        using var mode = GuideGen.Core.FastPaths.UseReference(false); // reuse is the fast path's, so these run with it in reference mode too
        var templates = Load("{{ include 'title' }}", ("title", "<{{ page.title }}>"));

        for (var i = 0; i < 200; i++)
        {
            var diagnostics = new DiagnosticBag();
            var html = Encoding.UTF8.GetString(templates.RenderUtf8("page", new { title = $"page {i}" }, "", new { }, diagnostics).ShouldNotBeNull());
            html.ShouldBe($"[<page {i}>]");
        }
    }

    private static TemplateSet Load(string page, params (string Name, string Text)[] partials)
    {
        var files = new Dictionary<string, Func<byte[]>>
        {
            ["layout.html"] = () => "[{{ content }}]"u8.ToArray(),
            ["page.html"] = () => Encoding.UTF8.GetBytes(page),
        };
        foreach (var (name, text) in partials) files[$"partials/{name}.html"] = () => Encoding.UTF8.GetBytes(text);
        return TemplateSet.Load(TemplateSource.FromFiles("templates", files), ["page"], new DiagnosticBag()).ShouldNotBeNull();
    }
}
