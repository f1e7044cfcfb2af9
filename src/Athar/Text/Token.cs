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
/// A token: its span and original text, its matching form, and its clitic readings (alternatives for lookups,
/// computed when first asked for: most tokens are never looked up with clitics split).
/// </summary>
[Layer("tokens", Listed = false)]
public sealed class Token(Span span, string text, string form, TokenKind kind, int index) : IAnnotation
{
    private IReadOnlyList<CliticReading>? _readings;

    public Span Span { get; } = span;

    public string Text { get; } = text;

    public string Form { get; } = form;

    public TokenKind Kind { get; } = kind;

    public int Index { get; } = index;

    /// <summary>Ways to read the word with proclitics split off, the whole word first.</summary>
    public IReadOnlyList<CliticReading> Readings => _readings ??= Kind == TokenKind.Word ? Clitics.Readings(Form) : [new(string.Empty, Form)];

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>The punctuation classes of a mark (Text/punctuation.tsv); none for words and numbers.</summary>
    public Punct Punct => Kind == TokenKind.Punct ? Punctuation.Of(Text) : Punct.None;

    /// <summary>True when the token is a mark of one of <paramref name="classes"/>.</summary>
    public bool Is(Punct classes) => (Punct & classes) != 0;

    /// <summary>The word, or the stem one of its clitic readings leaves («وضبطت» → «ضبطت»), is one of these forms.</summary>
    public bool IsOneOf(IReadOnlySet<string> forms) => forms.Contains(Form) || Readings.Any(r => forms.Contains(r.Stem));

    public override string ToString() => $"{Text} {Span}";
}
