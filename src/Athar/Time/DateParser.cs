using Athar.Text;

namespace Athar.Time;

/// <summary>
/// Finds date expressions in a token stream and says what each one wrote (<see cref="DateExpression"/>),
/// leaving arithmetic to <see cref="DateResolver"/>. At each token the longest reading of the three
/// grammars wins; expressions never overlap.
/// </summary>
public sealed class DateParser(TimeLexicon lexicon)
{
    public DateParser()
        : this(TimeLexicon.Default)
    {
    }

    public List<DateExpression> Parse(IReadOnlyList<Token> tokens, IReadOnlyList<NumberMention> numbers)
    {
        var t = new DateTokens(tokens, numbers, lexicon);
        var numeric = new NumericDateGrammar(t);
        var offsets = new OffsetGrammar(t);
        var calendar = new CalendarGrammar(t);
        var found = new List<DateExpression>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            (DateExpression Expression, int Next)? best = null;
            if (token.Kind == TokenKind.Number)
                best = numeric.Parse(i) ?? calendar.Parse(i);
            else if (token.IsWord && !t.CannotStartWords(i))
                best = Longer(offsets.Parse(i), calendar.Parse(i));
            if (best is { } b)
            {
                found.Add(b.Expression);
                i = b.Next;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    private static (DateExpression Expression, int Next)? Longer((DateExpression Expression, int Next)? a, (DateExpression Expression, int Next)? b) =>
        a is null ? b : b is null ? a : b.Value.Next > a.Value.Next ? b : a;
}
