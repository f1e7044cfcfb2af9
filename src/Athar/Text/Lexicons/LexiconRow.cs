using System.Globalization;

namespace Athar.Text.Lexicons;

/// <summary>
/// One row of a tab-separated data file: its cells and where it came from, so that a bad cell names its file
/// and line instead of failing somewhere later.
/// </summary>
public readonly record struct LexiconRow(string File, int Line, string[] Cells)
{
    /// <summary>A row built in code (tests build small lexicons this way).</summary>
    public static LexiconRow Of(params string[] cells) => new("(code)", 0, cells);

    /// <summary>The first column: the word or phrase the row is about.</summary>
    public string Key => Cells[0];

    public int Length => Cells.Length;

    public string this[int column] =>
        column < Cells.Length ? Cells[column] : throw Error($"needs a column {column + 1}, has {Cells.Length}");

    /// <summary>The cell, or null when the row stops before it or leaves it empty.</summary>
    public string? Optional(int column) => column < Cells.Length && Cells[column].Length > 0 ? Cells[column] : null;

    /// <summary>True when the comma-separated cell lists <paramref name="word"/> (optional columns of flags).</summary>
    public bool Lists(int column, string word) =>
        Optional(column) is { } cell && cell.Split(',', StringSplitOptions.TrimEntries).Contains(word, StringComparer.Ordinal);

    public int Int(int column) =>
        int.TryParse(this[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw Error($"column {column + 1} '{this[column]}' is not a whole number");

    public double Double(int column) =>
        double.TryParse(this[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value : throw Error($"column {column + 1} '{this[column]}' is not a number");

    /// <summary>An enum cell, by the value's JSON name (the name the output writes).</summary>
    public T Enum<T>(int column) where T : struct, Enum =>
        LexiconEnum.TryParse<T>(this[column], out var value)
            ? value : throw Error($"column {column + 1} '{this[column]}' is not one of {LexiconEnum.NamesOf<T>()}");

    /// <summary>A comma-separated list of enum values, each by its JSON name.</summary>
    public IReadOnlyList<T> Enums<T>(int column) where T : struct, Enum
    {
        var row = this;
        return this[column].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(name => LexiconEnum.TryParse<T>(name, out var value)
                ? value : throw row.Error($"'{name}' is not one of {LexiconEnum.NamesOf<T>()}")).ToList();
    }

    public FormatException Error(string message) => new($"{File}:{Line}: {message}");

    public override string ToString() => $"{File}:{Line}: {string.Join('\t', Cells)}";
}
