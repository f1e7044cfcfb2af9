using System.Globalization;
using Athar.Input;
using Athar.Search;

namespace Athar.Web.Api;

/// <summary>
/// The query string of an API request, read strictly: a name the endpoint does not know, a value given
/// twice or a malformed value is a user error (400 with the reason), never silently ignored.
/// </summary>
internal sealed class QueryParameters
{
    /// <summary>Longest value accepted for any parameter (a search query is the longest thing asked).</summary>
    public const int MaxValueLength = SearchQuery.MaxLength;

    private readonly IQueryCollection _query;

    public QueryParameters(HttpRequest request, IEnumerable<string> known, IEnumerable<string>? repeatable = null)
    {
        _query = request.Query;
        var names = known.ToHashSet(StringComparer.Ordinal);
        var many = (repeatable ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, values) in _query)
        {
            if (!names.Contains(name))
                throw new UserInputException($"unknown parameter '{Shorten(name)}': this endpoint takes {string.Join(", ", names.Order(StringComparer.Ordinal))}");
            if (values.Count > 1 && !many.Contains(name))
                throw new UserInputException($"parameter '{name}' is given {values.Count} times; give it once");
            if (values.Any(v => v?.Length > MaxValueLength))
                throw new UserInputException($"parameter '{name}' is longer than {MaxValueLength} characters");
        }
    }

    /// <summary>The value, trimmed; null when absent or empty (an empty form field means «no filter»).</summary>
    public string? Text(string name) =>
        _query.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;

    public IReadOnlyList<string> All(string name) =>
        _query.TryGetValue(name, out var v) ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList() : [];

    public DateOnly? Date(string name) => Text(name) is { } s ? PublishedDate.Parse(s, name) : null;

    public int Int(string name, int fallback, int min, int max)
    {
        if (Text(name) is not { } s)
            return fallback;
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UserInputException($"invalid {name} '{Shorten(s)}': expected a whole number from {min} to {max}");
        return value;
    }

    /// <summary>One of the allowed words (case-insensitive), or the fallback when absent.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        if (Text(name) is not { } s)
            return fallback;
        return allowed.FirstOrDefault(a => a.Equals(s, StringComparison.OrdinalIgnoreCase))
            ?? throw new UserInputException($"invalid {name} '{Shorten(s)}': use one of {string.Join(", ", allowed)}");
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
