using System.CommandLine;
using Athar.Input;
using Athar.Store;
using Athar.Web.Hosting;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar serve`: the web workbench (map, timeline, events with their evidence, actors' whereabouts, search)
/// over a store, read-only, on loopback unless told otherwise. Runs until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = new CorpusOptions().Db;
        var urls = UrlsOption();
        var rate = new Option<int>("--rate") { Description = "Requests per second allowed to each client (0: no limit)", DefaultValueFactory = _ => 50 };
        var command = new Command("serve", "Serve the web workbench over a store (read-only): map, timeline, events and their sources, actors, search") { db, urls, rate };
        command.SetAction(async (parse, cancel) =>
        {
            var perSecond = parse.GetValue(rate);
            if (perSecond is < 0 or > 100_000)
                throw new UserInputException("--rate must be between 0 and 100000");
            var options = new WebOptions { Db = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, LocalGazetteer = CliGazetteer.LocalFile() }.WithRate(perSecond);
            return await ExecuteAsync(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancel).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>--urls, shared with `athar demo`.</summary>
    public static Option<string> UrlsOption() =>
        new("--urls") { Description = "Where to listen, «;»-separated (loopback by default: the workbench has no accounts)", DefaultValueFactory = _ => WebOptions.DefaultUrls };

    public static async Task<int> ExecuteAsync(WebOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        if (WorkbenchServer.ParseUrls(options.Urls).Any(u => !WorkbenchServer.IsLoopback(u)))
            stderr.WriteLine("athar: warning: serving beyond this machine; the workbench has no accounts, so anyone who can reach it can read the store");
        await using var app = WorkbenchServer.Build(options);
        try
        {
            await app.StartAsync(cancel).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            throw new UserInputException($"cannot listen on {options.Urls}: the address is in use (another `athar serve`?); choose a free port with --urls http://127.0.0.1:PORT");
        }
        catch (IOException e)
        {
            throw new UserInputException($"cannot listen on {options.Urls}: {e.Message}");
        }
        stdout.WriteLine($"Athar workbench on {string.Join(", ", WorkbenchServer.Addresses(app))} (store {StoreSession.Shown(options.Db)}, read-only); Ctrl+C stops it");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        return CommandRunner.Ok;
    }
}
