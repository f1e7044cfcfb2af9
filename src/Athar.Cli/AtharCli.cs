using System.CommandLine;
using Athar.Cli.Commands;

namespace Athar.Cli;

/// <summary>The `athar` command tree.</summary>
public static class AtharCli
{
    public static RootCommand CreateRoot()
    {
        // the product's name in its own script
        var root = new RootCommand("Athar (أثر): sourced, geocoded, time-resolved events from Arabic and English conflict news.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(NerEvalCommand.Create());
        root.Subcommands.Add(GazetteerCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(WhereaboutsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(Commands.Watch.WatchCommand.Create());
        root.Subcommands.Add(Commands.Watch.DigestCommand.Create());
        root.Subcommands.Add(Commands.Watch.PollCommand.Create());
        return root;
    }
}
