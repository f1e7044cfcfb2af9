using System.Reflection;
using System.Text.RegularExpressions;
using Athar.Web.Hosting;

namespace Athar.Web.Tests.Pages;

/// <summary>
/// The pages as shipped (embedded in the assembly): no inline script, style or event handler (the CSP would
/// block them), no markup built from strings in our scripts, and the vendored libraries with their licences.
/// </summary>
public sealed partial class StaticPagesTests
{
    private static readonly Assembly Web = typeof(WorkbenchServer).Assembly;

    private static IEnumerable<(string Name, string Text)> Files(string extension) =>
        Web.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot.", StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n =>
            {
                using var reader = new StreamReader(Web.GetManifestResourceStream(n)!);
                return (n, reader.ReadToEnd());
            });

    [Fact]
    public void Html_pages_have_no_inline_script_style_or_handler()
    {
        var pages = Files(".html").ToList();
        Assert.Equal(["wwwroot.index.html", "wwwroot.page.html"], pages.Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var (name, html) in pages)
        {
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(StyleOrHandlerAttribute(), html);
            Assert.Contains("<header id=\"site\"", html, StringComparison.Ordinal);
            Assert.True(html.Contains("src=\"/js/", StringComparison.Ordinal), $"{name} loads no module");
        }
    }

    [Fact]
    public void Our_scripts_never_parse_strings_as_markup()
    {
        var scripts = Files(".js").Where(f => f.Name.StartsWith("wwwroot.js.", StringComparison.Ordinal)).ToList();
        Assert.True(scripts.Count >= 10);
        foreach (var (name, js) in scripts)
        {
            Assert.DoesNotMatch(MarkupSink(), js);
            Assert.DoesNotContain("eval(", js, StringComparison.Ordinal);
            Assert.DoesNotContain("new Function", js, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Leaflet_and_markercluster_are_vendored_with_their_licences_and_no_cdn()
    {
        var names = Web.GetManifestResourceNames();
        foreach (var file in new[] { "vendor.leaflet.leaflet.js", "vendor.leaflet.leaflet.css", "vendor.leaflet.LICENSE", "vendor.markercluster.leaflet.markercluster.js", "vendor.markercluster.LICENSE", "data.middle-east.geojson", "data.labels.json" })
            Assert.Contains($"wwwroot.{file}", names);
        foreach (var (_, html) in Files(".html"))
            Assert.DoesNotMatch(ExternalSource(), html);
    }

    [Fact]
    public void Every_label_has_english_and_arabic()
    {
        using var reader = new StreamReader(Web.GetManifestResourceStream("wwwroot.data.labels.json")!);
        using var labels = System.Text.Json.JsonDocument.Parse(reader.ReadToEnd());
        foreach (var row in labels.RootElement.EnumerateObject())
        {
            Assert.Equal(2, row.Value.GetArrayLength());
            Assert.All(row.Value.EnumerateArray(), label => Assert.False(string.IsNullOrWhiteSpace(label.GetString()), row.Name));
            if (row.Name != "language") // the switch names the other language
                Assert.Contains(row.Value[1].GetString()!, c => c is >= '\u0600' and <= '\u06FF');
        }
    }

    [Fact]
    public void Every_content_page_has_its_module()
    {
        var names = Web.GetManifestResourceNames();
        Assert.All(WorkbenchServer.ContentPages, page => Assert.Contains($"wwwroot.js.{page}-page.js", names));
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrHandlerAttribute();

    [GeneratedRegex(@"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment")]
    private static partial Regex MarkupSink();

    [GeneratedRegex(@"(src|href)=""(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalSource();
}
