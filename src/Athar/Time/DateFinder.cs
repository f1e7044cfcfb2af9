using Athar.Text;

namespace Athar.Time;

/// <summary>
/// The dates stage: parses date expressions (<see cref="DateParser"/>) and resolves each (<see cref="DateResolver"/>)
/// against the publication date, or, for «قبل ذلك بأيام»-style phrases, against the nearest earlier date.
/// Reads the tokens and numbers layers; never the machine clock.
/// </summary>
public sealed class DateFinder(DateParser parser) : IAnnotator
{
    public DateFinder()
        : this(new DateParser())
    {
    }

    public string Name => "dates";

    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(NumberMention)];

    public IReadOnlyList<Type> Produces => [typeof(DateMention)];

    public void Annotate(Document document) =>
        document.SetLayer(Find(document.Text, document.Require<Token>(), document.Require<NumberMention>(), document.Info.Published));

    public List<DateMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<NumberMention> numbers, DateOnly? published)
    {
        var mentions = new List<DateMention>();
        DateMention? anchor = null;
        foreach (var e in parser.Parse(tokens, numbers))
        {
            var r = DateResolver.Resolve(e, published, anchor);
            var mention = new DateMention(
                e.Span, text[e.Span.Start..e.Span.End], r.Range?.Start, r.Range?.End, r.Precision, r.Kind,
                e.TimeOfDay?.Label, r.Kind == DateKind.Anaphoric ? anchor?.Span : null);
            mentions.Add(mention);
            anchor = mention; // the nearest earlier date, even unresolved: counting from an older one would be a guess
        }
        return mentions;
    }
}
