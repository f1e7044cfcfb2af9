namespace Athar.Events.Decisions;

/// <summary>The clause a decision is about: the article's view, the sentence and the clause's token range [First, End).</summary>
public sealed record MentionContext(ArticleView View, int Sentence, (int First, int End) Clause)
{
    public Span ClauseSpan => View.SpanOf(Clause.First, Clause.End - 1);

    public Span SentenceSpan => View.Sentences[Sentence].Span;

    /// <summary>What the sentence says up to the end of this clause («في 13 مارس، نفذت …» governs it); later clauses are their own.</summary>
    public Span Governing => new(SentenceSpan.Start, ClauseSpan.End);
}
