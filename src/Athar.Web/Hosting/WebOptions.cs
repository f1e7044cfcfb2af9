namespace Athar.Web.Hosting;

/// <summary>
/// How the workbench is served: the store file, the addresses to listen on (loopback by default: the
/// workbench has no accounts), the per-client request rate, and the user's gazetteer file if any.
/// </summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public required string Db { get; init; }

    /// <summary>
    /// A user's gazetteer file read with the built-in one when a place filter names a place (null: the built-in
    /// one only). The host decides which file (athar serve: the CLI's); the server never looks for one.
    /// </summary>
    public string? LocalGazetteer { get; init; }

    /// <summary>Addresses separated by «;» (port 0 picks a free port: tests and benchmarks).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Requests a client (IP address) may make per second on average; 0 turns the limit off (benchmarks).</summary>
    public int RequestsPerSecond { get; init; } = 50;

    /// <summary>Requests a client may make at once before the average applies (a page load fetches ~20 files).</summary>
    public int Burst { get; init; } = 200;

    /// <summary>Searches a client may start per second (a search reads the index and many articles).</summary>
    public int SearchesPerSecond { get; init; } = 5;

    /// <summary>`--rate N`: N requests per second; 0 turns every limit off, searches' too.</summary>
    public WebOptions WithRate(int perSecond) =>
        this with { RequestsPerSecond = perSecond, SearchesPerSecond = perSecond == 0 ? 0 : SearchesPerSecond };
}
