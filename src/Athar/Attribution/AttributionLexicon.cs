using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Attribution;

/// <summary>The attribution and certainty cue tables (Attribution/*.tsv).</summary>
public sealed class AttributionLexicon
{
    public AttributionLexicon(IEnumerable<(string Phrase, AttributionKind Kind)> sources, IEnumerable<(string Phrase, CertaintyEntry Entry)> certainty)
    {
        Sources = new PhraseMatcher<AttributionKind>(sources);
        Certainty = new PhraseMatcher<CertaintyEntry>(certainty);
    }

    public static AttributionLexicon Default { get; } = Load();

    public PhraseMatcher<AttributionKind> Sources { get; }

    public PhraseMatcher<CertaintyEntry> Certainty { get; }

    public static AttributionLexicon Load() => new(
        Lexicon.Rows("Attribution/attribution-cues.tsv").Select(r => (r[0], r.Enum<AttributionKind>(1))),
        Lexicon.Rows("Attribution/certainty-cues.tsv").Select(r => (r[0], new CertaintyEntry(
            r.Enum<Certainty>(1),
            r.Length > 2 && r[2] == "imperfective"))));
}

/// <summary>A certainty cue; some («قد») hedge only before a present-tense verb.</summary>
public readonly record struct CertaintyEntry(Certainty Certainty, bool OnlyBeforeImperfective);
