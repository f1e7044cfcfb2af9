namespace Athar.Text;

public enum TokenKind
{
    /// <summary>Letters (Arabic or Latin), possibly with digits inside (R9X).</summary>
    Word,

    /// <summary>Digits in any script, with internal decimal or thousands separators (1,500 — ١٬٥٠٠ — 2.5).</summary>
    Number,

    /// <summary>One punctuation or symbol character.</summary>
    Punct,
}

/// <summary>
/// A token: its span and original text, its matching form, and its clitic readings (alternatives for lookups).
/// </summary>
[Layer("tokens", Listed = false)]
public sealed record Token(Span Span, string Text, string Form, TokenKind Kind, int Index) : IAnnotation
{
    /// <summary>Ways to read the word with proclitics split off, the whole word first.</summary>
    public IReadOnlyList<CliticReading> Readings { get; } = Kind == TokenKind.Word ? Clitics.Readings(Form) : [new(string.Empty, Form)];

    public bool IsWord => Kind == TokenKind.Word;
}
