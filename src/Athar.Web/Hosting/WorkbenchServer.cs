using System.Net;
using Athar.Input;
using Athar.Places;
using Athar.Web.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Athar.Web.Hosting;

/// <summary>
/// The web workbench: the JSON API under /api and the pages, scripts and map data embedded in this assembly,
/// over one store opened read-only. Kestrel on loopback by default, with request size and rate limits.
/// </summary>
public static class WorkbenchServer
{
    /// <summary>Largest request body accepted: the API only reads (GET), so any body is noise.</summary>
    public const int MaxRequestBodyBytes = 16 * 1024;

    /// <summary>Builds the server (not yet listening); a missing or outdated store is a user error here.</summary>
    public static WebApplication Build(WebOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var urls = ParseUrls(options.Urls);
        var places = new Lazy<Gazetteer>(() => LocalGazetteer.WithBuiltIn(options.LocalGazetteer)); // built by the first place filter
        var sessions = new ReadSessions(options.Db, () => places.Value);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WorkbenchServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. urls.Select(u => u.ToString())]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.Limits.MaxRequestLineSize = 8 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            k.Limits.MaxConcurrentConnections = 512;
        });
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            // A failed start (a port in use) is the command's one-line error, not the host's stack trace.
            builder.Logging.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        }
        else
            logging(builder.Logging);
        builder.Services.AddSingleton(sessions);
        builder.Services.AddProblemDetails();
        builder.Services.AddAtharRateLimits(options);
        if (urls.All(IsLoopback))
            builder.Services.AddHostFiltering(h => h.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);

        var app = builder.Build();
        if (urls.All(IsLoopback))
            app.UseHostFiltering(); // a page on another site cannot reach this server through a rebound DNS name
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseRateLimiter();
        UsePages(app);
        var api = app.MapGroup("/api").AddEndpointFilter(ApiProblems.UserErrorsAsBadRequest);
        EventsEndpoints.Map(api);
        ArticlesEndpoints.Map(api);
        ActorsEndpoints.Map(api);
        SearchEndpoints.Map(api);
        CountsEndpoints.Map(api);
        WatchListsEndpoints.Map(api);
        api.Map("/{**path}", (string? path) => ApiProblems.NotFound($"no API endpoint /api/{path}"));
        return app;
    }

    /// <summary>The addresses the server listens on once started (with the real port when 0 was asked).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    public static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    public static IReadOnlyList<Uri> ParseUrls(string urls)
    {
        var parsed = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u =>
            Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/"
                ? uri
                : throw new UserInputException($"invalid URL '{u}': expected http://HOST:PORT such as {WebOptions.DefaultUrls}")).ToList();
        return parsed.Count > 0 ? parsed : throw new UserInputException("give at least one URL to listen on");
    }

    /// <summary>The content pages: one shell (page.html) whose script runs the page's own module.</summary>
    public static readonly string[] ContentPages = ["event", "article", "actor", "search", "hashtag", "top", "watchlists"];

    private static void UsePages(WebApplication app)
    {
        app.UseRewriter(new RewriteOptions().AddRewrite($"^({string.Join('|', ContentPages)})\\.html$", "page.html", skipRemainingRules: true));
        var pages = new EmbeddedFileProvider(typeof(WorkbenchServer).Assembly, "wwwroot");
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = pages,
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
