namespace Athar.Text;

/// <summary>
/// A hashtag such as «#قوات_سوريا_الديمقراطية». Its words are ordinary tokens (the tokenizer splits at «_»),
/// so later stages see the phrase «قوات سوريا الديمقراطية» and find groups and places inside it.
/// </summary>
[Layer("hashtags")]
public sealed record Hashtag(Span Span, string Text, string Phrase) : IAnnotation
{
    /// <summary>Span of the phrase alone (without the leading «#»).</summary>
    public Span PhraseSpan => new(Span.Start + 1, Span.End);
}
