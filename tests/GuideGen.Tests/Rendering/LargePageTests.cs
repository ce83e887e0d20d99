using System.Text;
using GuideGen.Core.Diagnostics;
using GuideGen.Rendering.Templates;

namespace GuideGen.Tests.Rendering;

/// <summary>Scriban cuts output past 1 MB by default, silently; a large guide's print book is bigger than that.</summary>
public class LargePageTests
{
    [Fact]
    public void A_page_of_several_megabytes_is_rendered_whole()
    {
        var files = new Dictionary<string, Func<byte[]>>
        {
            ["layout.html"] = () => Encoding.UTF8.GetBytes("<html>{{ content }}</html>"),
            ["big.html"] = () => Encoding.UTF8.GetBytes("{{ for i in 1..40000 }}<p>{{ model }} {{ i }}</p>{{ end }}"),
        };
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(TemplateSource.FromFiles("templates", files), ["big"], diagnostics).ShouldNotBeNull();

        var html = templates.Render("big", new { }, "A line of text long enough to pass one megabyte soon.", new { }, diagnostics);

        diagnostics.HasErrors.ShouldBeFalse();
        html.ShouldNotBeNull().Length.ShouldBeGreaterThan(2_000_000);
        html.ShouldEndWith("<p>A line of text long enough to pass one megabyte soon. 40000</p></html>");
    }
}
