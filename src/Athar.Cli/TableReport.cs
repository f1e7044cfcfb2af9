using System.Text.Json;
using Athar.Output;
using Athar.Text;
using Spectre.Console;

namespace Athar.Cli;

/// <summary>`--format table`: a readable summary of the document and one table per listed layer.</summary>
public static class TableReport
{
    public static void Write(Document document, TextWriter writer, Places.LocalGazetteerFile? localGazetteer = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = writer == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        var info = document.Info;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("id", Markup.Escape(info.Id ?? "-"));
        header.AddRow("title", Markup.Escape(info.Title ?? "-"));
        header.AddRow("published", info.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
        header.AddRow("language", info.Language ?? "-");
        header.AddRow("characters", document.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        header.AddRow("tokens", document.Layer<Token>().Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (localGazetteer is not null)
            header.AddRow("gazetteer", Markup.Escape($"built-in + {localGazetteer}"));
        console.Write(new Panel(header).Header("Athar"));

        foreach (var (name, items, listed) in document.Layers())
        {
            if (!listed || name == "sentences")
                continue;
            console.Write(new Rule($"{Markup.Escape(name)} ({items.Count})").LeftJustified());
            if (items.Count == 0)
                continue;
            // A table is laid out whole before it is written: a long layer is written as tables of a few rows each.
            foreach (var rows in items.Chunk(RowsPerTable))
                console.Write(RecordTables.For(name, rows) ?? Generic(rows, document));
        }
    }

    /// <summary>Rows per table: memory for the output stays small whatever the length of the article.</summary>
    public const int RowsPerTable = 200;

    private static Table Generic(IEnumerable<IAnnotation> items, Document document)
    {
        var table = new Table().AddColumn("span").AddColumn("text").AddColumn("details");
        foreach (var item in items)
        {
            var (text, details) = Describe(item, document);
            table.AddRow(Markup.Escape(item.Span.ToString()), Markup.Escape(text), Markup.Escape(details));
        }
        return table;
    }

    // Generic for every layer: the evidence text, then the record's other fields as key=value.
    private static (string Text, string Details) Describe(IAnnotation item, Document document)
    {
        var element = JsonSerializer.SerializeToElement(item, item.GetType(), ResultJson.Compact);
        var parts = new List<string>();
        foreach (var p in element.EnumerateObject())
        {
            if (p.Name is "span" or "text" || p.Value.ValueKind == JsonValueKind.Null)
                continue;
            parts.Add($"{p.Name}={Compact(p.Value)}");
        }
        var text = document.Slice(item.Span);
        return (text.Length > 80 ? text[..77] + "…" : text, string.Join("  ", parts));
    }

    private static string Compact(JsonElement value)
    {
        var s = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return s.Length > 120 ? s[..117] + "…" : s;
    }
}
