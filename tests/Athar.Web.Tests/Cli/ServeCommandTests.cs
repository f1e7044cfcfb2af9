using System.Text.RegularExpressions;
using Athar.Cli;
using Athar.Cli.Commands;
using Athar.Web.Hosting;
using Athar.Web.Tests.Api;

namespace Athar.Web.Tests.Cli;

/// <summary>`athar serve`: refuses what it cannot serve with a one-line error, serves until stopped.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class ServeCommandTests(ApiFixture api)
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandRunner.Run(AtharCli.CreateRoot(), args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_missing_store_is_a_user_error_naming_ingest()
    {
        var (code, _, err) = Run("serve", "--db", Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.db"));
        Assert.Equal(CommandRunner.UserError, code);
        Assert.Contains("run 'athar ingest' first", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21", "invalid URL")]
    [InlineData("127.0.0.1:5080", "invalid URL")]
    [InlineData("http://127.0.0.1:5080/athar", "invalid URL")]
    public void A_bad_address_is_a_user_error(string urls, string expected)
    {
        var (code, _, err) = Run("serve", "--db", api.Store.Db, "--urls", urls);
        Assert.Equal(CommandRunner.UserError, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_one_line_on_stderr_and_exit_code_2()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
        var run = Athar.Tests.Cli.CliProcess.Run(TimeSpan.FromMinutes(2), "serve", "--db", api.Store.Db, "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(CommandRunner.UserError, run.Code);
        Assert.Empty(run.Out);
        var line = Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_is_a_user_error()
    {
        var (code, _, err) = Run("serve", "--db", api.Store.Db, "--rate", "-1");
        Assert.Equal(CommandRunner.UserError, code);
        Assert.Contains("--rate", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_store_on_loopback_until_cancelled()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var serving = ServeCommand.ExecuteAsync(new WebOptions { Db = api.Store.Db, Urls = "http://127.0.0.1:0" }, stdout, stderr, cancel.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        Match address;
        while (!(address = Address().Match(stdout.ToString())).Success && DateTime.UtcNow < deadline && !serving.IsCompleted)
            await Task.Delay(50);
        Assert.True(address.Success, $"no address announced: {stdout}{stderr}");
        using var client = new HttpClient { BaseAddress = new Uri(address.Value) };
        Assert.Contains("\"articles\":7", await client.GetStringAsync("/api/stats"), StringComparison.Ordinal);
        Assert.Contains("<title>", await client.GetStringAsync("/"), StringComparison.Ordinal);
        await cancel.CancelAsync();
        Assert.Equal(CommandRunner.Ok, await serving);
        Assert.Empty(stderr.ToString());
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
