namespace Athar;

/// <summary>A piece of evidence: the exact text and where it is.</summary>
public sealed record TextRef(string Text, Span Span)
{
    public static TextRef Of(Document document, Span span) => new(document.Slice(span), span);
}
