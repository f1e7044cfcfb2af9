using Microsoft.Playwright;

namespace Athar.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright against the workbench over a store of the dev articles (when
/// ../shared is here) and the fixture articles. Playwright's own browser download cannot work here, so a
/// missing /usr/bin/chromium fails these tests with the command that installs it: CI installs it, and a
/// browser test that skips would hide a broken page.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private TestStore? _store;
    private RunningServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"the browser tests need Chromium at {Chromium}: install it with `apt-get install -y chromium` (as .ci/run does)");
        Directory.CreateDirectory(Screenshots);
        _store = TestStore.DevFolder is { } dev ? TestStore.Ingest(dev, TestStore.FixtureArticles) : TestStore.Ingest(TestStore.FixtureArticles);
        _server = await RunningServer.StartAsync(_store.Db);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (its own context; on the fixture's server unless another is given) that records dialogs, script errors and console errors (CSP violations among them).</summary>
    public async Task<WatchedPage> OpenAsync(string locale = "en-US", Uri? server = null)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = locale, ViewportSize = new() { Width = 1400, Height = 900 }, BaseURL = (server ?? Server.Address).ToString() });
        context.SetDefaultTimeout(30_000); // CI shares two cores with the other test assembly
        Assertions.SetDefaultExpectTimeout(30_000);
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null)
            await _server.DisposeAsync();
        _store?.Dispose();
    }
}

/// <summary>A page and what went wrong on it: dialogs opened (a script ran), uncaught errors, console errors.</summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                Errors.Add($"{message.Text} ({message.Location})");
        };
    }

    public IPage Page { get; }

    public List<string> Dialogs { get; } = [];

    public List<string> Errors { get; } = [];

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}.png"), FullPage = true });

    /// <summary>No dialog opened and no script or console error (a CSP violation is one) on the page.</summary>
    public void AssertClean()
    {
        Assert.Empty(Dialogs);
        Assert.True(Errors.Count == 0, string.Join("\n", Errors));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
