using System.Globalization;
using System.Text.Json;
using Athar.Events;

namespace Athar.Tests.Events;

/// <summary>
/// One event spec (a line of Events/Specs/*.jsonl): a news sentence written for the spec, its publication date,
/// the rules it exercises and the events it must give. Expected fields are checked only when given; a field given
/// as null must be absent («killed»: null means no count is stated). Place is the text of the place as written
/// in the sentence (the event's where.text must contain it) or its English name.
/// </summary>
/// <remarks>
/// A fusion spec adds a second article, «other» ({"text", "published"}), and «same_incident»: true when each article's one
/// event and the other's are one incident for the across-articles policy, false when they must stay apart.
/// </remarks>
public sealed record EventSpec(string File, int Line, string Text, string Published, IReadOnlyList<string> Rules, IReadOnlyList<JsonElement> Events, string? Note)
{
    /// <summary>The second article of a fusion spec.</summary>
    public (string Text, string Published)? Other { get; init; }

    /// <summary>For a fusion spec: whether the two articles' events are one incident.</summary>
    public bool? SameIncident { get; init; }

    public override string ToString() => $"{File}:{Line}";

    public static IReadOnlyList<EventSpec> All { get; } = Load();

    private static List<EventSpec> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Events", "Specs");
        var specs = new List<EventSpec>();
        foreach (var path in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            var n = 0;
            foreach (var line in System.IO.File.ReadLines(path))
            {
                n++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith("//", StringComparison.Ordinal))
                    continue;
                var root = JsonDocument.Parse(line).RootElement.Clone();
                specs.Add(new EventSpec(
                    Path.GetFileName(path), n, root.GetProperty("text").GetString()!, root.GetProperty("published").GetString()!,
                    root.TryGetProperty("rules", out var rules) ? rules.EnumerateArray().Select(r => r.GetString()!).ToList() : [],
                    root.GetProperty("events").EnumerateArray().ToList(),
                    root.TryGetProperty("note", out var note) ? note.GetString() : null)
                {
                    Other = root.TryGetProperty("other", out var other) ? (other.GetProperty("text").GetString()!, other.GetProperty("published").GetString()!) : null,
                    SameIncident = root.TryGetProperty("same_incident", out var same) ? same.GetBoolean() : null,
                });
            }
        }
        return specs;
    }

    /// <summary>For a fusion spec: why the fusion verdict differs from the spec, or null when it matches.</summary>
    public string? FusionMismatch(IReadOnlyList<EventRecord> mine, IReadOnlyList<EventRecord> other, Athar.Events.SameIncident.AcrossArticlesPolicy policy)
    {
        if (mine.Count != 1 || other.Count != 1)
            return $"a fusion spec needs one event in each article, found {mine.Count} and {other.Count}";
        var same = policy.Score(mine[0], other[0]) is not null;
        return same == SameIncident ? null : $"same_incident expected {SameIncident}, the policy says {same}";
    }

    /// <summary>Why the events differ from the spec, or null when they match.</summary>
    public string? Mismatch(IReadOnlyList<EventRecord> actual)
    {
        if (actual.Count != Events.Count)
            return $"{Events.Count} events expected, {actual.Count} found: {Describe(actual)}";
        for (var i = 0; i < Events.Count; i++)
        {
            if (Mismatch(Events[i], actual[i]) is { } why)
                return $"event {i + 1}: {why} ({Describe(actual)})";
        }
        return null;
    }

    private static string? Mismatch(JsonElement expected, EventRecord e)
    {
        foreach (var field in expected.EnumerateObject())
        {
            var v = field.Value;
            var ok = field.Name switch
            {
                "type" => EventTypes.Name(e.Type) == v.GetString(),
                "start" => Same(v, e.When?.Start),
                "end" => Same(v, e.When?.End),
                "place" => v.ValueKind == JsonValueKind.Null ? e.Where is null
                    : e.Where is { } w && (w.Text.Contains(v.GetString()!, StringComparison.Ordinal) || w.Name == v.GetString()),
                "precision" => e.Where is { } p && JsonNamingPolicy.KebabCaseLower.ConvertName(p.Precision.ToString()) == v.GetString(),
                "killed" => Same(v, e.Fatalities?.Count),
                "injured" => Same(v, e.Injured?.Count),
                "detained" => Same(v, e.Detained?.Count),
                "agent" => v.ValueKind == JsonValueKind.Null ? e.Agent is null : e.Agent?.Id == v.GetString() || e.Agent?.Text.Contains(v.GetString()!, StringComparison.Ordinal) == true,
                "target" => v.ValueKind == JsonValueKind.Null ? e.Target is null : e.Target?.Id == v.GetString() || e.Target?.Text.Contains(v.GetString()!, StringComparison.Ordinal) == true,
                "evidence" => e.Evidence.Count == v.GetInt32(),
                _ => throw new InvalidDataException($"unknown spec field '{field.Name}'"),
            };
            if (!ok)
                return $"{field.Name} expected {v}";
        }
        return null;
    }

    private static bool Same(JsonElement v, DateOnly? d) =>
        v.ValueKind == JsonValueKind.Null ? d is null : d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == v.GetString();

    private static bool Same(JsonElement v, int? n) => v.ValueKind == JsonValueKind.Null ? n is null : n == v.GetInt32();

    private static string Describe(IReadOnlyList<EventRecord> events) =>
        string.Join("; ", events.Select(e => $"{EventTypes.Name(e.Type)} {e.When?.Start:yyyy-MM-dd}..{e.When?.End:yyyy-MM-dd} «{e.Where?.Text}» killed={e.Fatalities?.Count} injured={e.Injured?.Count}"));
}
