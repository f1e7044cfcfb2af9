using System.Text.Json;
using System.Xml.Linq;
using Athar.Tests.Actors;

namespace Athar.Tests.Cli;

/// <summary>
/// The `athar` command is a .NET tool: the CLI project packs as one, the repository's tool manifest names the
/// same package, version and command, and scripts/install-athar installs that package from the packed folder.
/// </summary>
public sealed class ToolPackagingTests
{
    private static XElement Project => XElement.Load(GoldMarkup.RepoFile("src", "Athar.Cli", "Athar.Cli.csproj"));

    private static string Property(string name) => Project.Descendants(name).Single().Value;

    [Fact]
    public void The_cli_packs_as_the_athar_tool()
    {
        Assert.Equal("true", Property("PackAsTool"));
        Assert.Equal("athar", Property("ToolCommandName"));
        Assert.Equal("Athar.Cli", Property("PackageId"));
    }

    [Fact]
    public void The_tool_manifest_names_the_packed_version_and_command()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(GoldMarkup.RepoFile(".config", "dotnet-tools.json")));
        var tool = manifest.RootElement.GetProperty("tools").GetProperty(Property("PackageId").ToLowerInvariant());
        Assert.Equal(Property("Version"), tool.GetProperty("version").GetString());
        Assert.Equal(["athar"], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void The_install_script_packs_the_cli_and_installs_it_from_the_local_folder()
    {
        var script = GoldMarkup.RepoFile("scripts", "install-athar");
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), "scripts/install-athar must be executable");
        var text = File.ReadAllText(script);
        Assert.Contains("dotnet pack src/Athar.Cli", text, StringComparison.Ordinal);
        Assert.Contains("dotnet tool restore --add-source", text, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --global", text, StringComparison.Ordinal);
    }
}
