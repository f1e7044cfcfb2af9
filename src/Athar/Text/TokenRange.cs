namespace Athar.Text;

/// <summary>Maps a character span to the tokens inside it (binary search over token offsets).</summary>
public static class TokenRange
{
    /// <summary>[First, End) indices of the tokens that lie inside <paramref name="span"/>.</summary>
    public static (int First, int End) Of(IReadOnlyList<Token> tokens, Span span)
    {
        var first = LowerBound(tokens, span.Start);
        var end = first;
        while (end < tokens.Count && tokens[end].Span.End <= span.End)
            end++;
        return (first, end);
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public static int LowerBound(IReadOnlyList<Token> tokens, int offset) => Annotations.FirstStartingAt(tokens, offset);

    /// <summary>Index of the token containing <paramref name="offset"/>, or -1.</summary>
    public static int At(IReadOnlyList<Token> tokens, int offset)
    {
        var i = LowerBound(tokens, offset + 1) - 1;
        return i >= 0 && tokens[i].Span.Start <= offset && offset < tokens[i].Span.End ? i : -1;
    }
}
