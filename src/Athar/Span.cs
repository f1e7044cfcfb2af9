using System.Text.Json.Serialization;

namespace Athar;

/// <summary>A half-open character range [Start, End) into a document's original text (C# string indices).</summary>
public readonly record struct Span
{
    [JsonConstructor]
    public Span(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(end), $"invalid span [{start}, {end})");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }

    [JsonIgnore]
    public int Length => End - Start;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span covering both.</summary>
    public Span Cover(Span other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start},{End})";
}
