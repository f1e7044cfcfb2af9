using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Claims;

/// <summary>The Claims stage's word tables (Claims/*.tsv), loaded once.</summary>
public sealed class ClaimLexicon
{
    private ClaimLexicon()
    {
        Verbs = new PhraseMatcher<Movement>(Lexicon.Rows("Claims/claim-verbs.tsv").Select(r => (r[0], r.Enum<Movement>(1))), new PhraseOptions { Enclitics = true });
        MemberNouns = new PhraseMatcher<bool>(Lexicon.Rows("Claims/actor-cues.tsv").Select(r => (r[0], true)), new PhraseOptions { ArticleStripping = true });
        PlaceAnaphors = new PhraseMatcher<bool>(Lexicon.Rows("Claims/place-anaphors.tsv").Select(r => (r[0], true)));
    }

    public static ClaimLexicon Default { get; } = new();

    public PhraseMatcher<Movement> Verbs { get; }

    public PhraseMatcher<bool> MemberNouns { get; }

    public PhraseMatcher<bool> PlaceAnaphors { get; }
}
