using System.Globalization;
using Athar.Claims;
using Athar.Events;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Athar.Cli;

/// <summary>Readable tables for the records an analyst reads first: events and whereabouts claims.</summary>
public static class RecordTables
{
    public static IRenderable? For(string layer, IReadOnlyList<IAnnotation> items) => layer switch
    {
        "events" => Events(items.Cast<EventRecord>()),
        "claims" => Claims(items.Cast<WhereaboutsClaim>()),
        _ => null,
    };

    private static Table Events(IEnumerable<EventRecord> events)
    {
        var table = new Table().AddColumns("type", "when", "where", "agent → target", "killed", "certainty / source", "evidence");
        foreach (var e in events)
        {
            table.AddRow(
                Cell(EventTypes.Name(e.Type), e.Acled.SubEventType),
                Cell(Interval(e.When?.Start, e.When?.End), e.When is null ? "" : $"{Kebab(e.When.Precision)} · {Kebab(e.When.Basis)}"),
                Cell(e.Where is null ? "-" : $"{e.Where.Name} ({e.Where.Country})", e.Where is null ? "" : $"{Kebab(e.Where.Precision)} · «{e.Where.Text}»"),
                Cell($"{e.Agent?.Name ?? "?"} → {e.Target?.Name ?? "?"}", ""),
                Cell(e.Fatalities?.Count.ToString(CultureInfo.InvariantCulture) ?? "-", ""),
                Cell(Kebab(e.Certainty), e.Attribution?.Text ?? ""),
                Cell($"«{e.Trigger.Text}»", $"{e.Evidence.Count} mention(s)"));
        }
        return table;
    }

    private static Table Claims(IEnumerable<WhereaboutsClaim> claims)
    {
        var table = new Table().AddColumns("actor", "movement", "place", "when", "certainty / source");
        foreach (var c in claims)
        {
            table.AddRow(
                Cell(c.Actor.Name, $"«{c.Actor.Text}»"),
                Cell(Kebab(c.Movement), $"«{c.Trigger.Text}»"),
                Cell($"{c.Place.Name} ({c.Place.Country})", $"«{c.PlaceText.Text}»"),
                Cell(Interval(c.When?.Start, c.When?.End), ""),
                Cell(Kebab(c.Certainty) + (c.CertaintyCue is { } q ? $" «{q.Text}»" : ""), c.Attribution?.Text ?? ""));
        }
        return table;
    }

    // The same names as the JSON output («month-part», «speculative»).
    private static string Kebab<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static string Interval(DateOnly? start, DateOnly? end) => start is null ? "-"
        : end is null || end == start ? start.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{start.Value:yyyy-MM-dd} … {end.Value:yyyy-MM-dd}";

    // Article text is hostile: everything goes through Markup.Escape.
    private static Markup Cell(string main, string detail) =>
        new(detail.Length == 0 ? Markup.Escape(main) : $"{Markup.Escape(main)}\n[grey]{Markup.Escape(detail)}[/]");
}
