using System.Collections.Frozen;
using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;
using static Athar.Places.PlaceTokens;

namespace Athar.Places;

/// <summary>
/// Reads the distance of a name from a reference place (distance-words.tsv): before the reference's direction
/// («(23 كم جنوب شرق مدينة إدلب)», «الواقعة على بعد 20 كيلومترا شرق تكريت», «(79 شمال غرب مدينة حماة)», the unit
/// left out) or after it («غربي عين العرب بـ 5 كم»).
/// </summary>
internal sealed class DistanceReader
{
    private readonly FrozenDictionary<string, double> _units;
    private readonly FrozenSet<string> _fillers;

    public DistanceReader()
    {
        var rows = Lexicon.Rows("Places/distance-words.tsv").ToList();
        _units = rows.Where(r => r[1] == "unit")
            .ToFrozenDictionary(r => MatchingForm.Of(r[0]), r => double.Parse(r[2], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        _fillers = rows.Where(r => r[1] == "filler").Select(r => MatchingForm.Of(r[0])).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Kilometres when tokens [from, to) are a distance and whatever may surround it (linkers, commas, quotes, an opening bracket).</summary>
    public double? Between(IReadOnlyList<Token> tokens, int from, int to, Func<Token, bool> isLinker)
    {
        double? km = null;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (km is null && t.Kind == TokenKind.Number && NumberFinder.ParseDigits(t.Form) is { } value and > 0)
            {
                var unit = k + 1 < to ? Unit(tokens[k + 1]) : null;
                km = value * (unit ?? 1); // «(79 شمال غرب مدينة حماة)»: a bare number before a direction is kilometres
                if (unit is not null)
                    k++;
            }
            else if (!(t.Is(Punct.OpeningBracket | Punct.Dash | Punct.Comma | Punct.Quote) || (t.IsWord && (Find(t, _fillers) is not null || isLinker(t)))))
            {
                return null;
            }
        }
        return km;
    }

    /// <summary>Kilometres of «بـ 5 كم» (or «5 كم») starting at token k, and the index of its last token.</summary>
    public (double Km, int Last)? After(IReadOnlyList<Token> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].IsWord && Clitics.Detached(tokens[k].Form) == Proclitic.With)
            k++; // «بـ» written apart
        if (k + 1 >= tokens.Count || tokens[k].Kind != TokenKind.Number || NumberFinder.ParseDigits(tokens[k].Form) is not { } value || Unit(tokens[k + 1]) is not { } unit)
            return null;
        return (value * unit, k + 1);
    }

    private double? Unit(Token t) => t.IsWord && Find(t, _units, out var perUnit) is not null ? perUnit : null;

}
