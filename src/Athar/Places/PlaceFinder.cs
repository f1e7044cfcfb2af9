using Athar.Text;

namespace Athar.Places;

/// <summary>
/// The place stage: finds place names (gazetteer names with their clitic readings, and unknown names after
/// cue words), reads countryside, direction and admin-context phrases around them, and resolves each to a point
/// with an honest precision — or abstains. Steps: <see cref="NameMatcher"/> → <see cref="PhraseReader"/>
/// (with <see cref="OrgNameFilter"/>) → country focus → <see cref="PlaceResolver"/>.
/// </summary>
public sealed class PlaceFinder(Gazetteer gazetteer, PlaceLexicon lexicon) : IAnnotator
{
    private readonly NameMatcher _matcher = new(gazetteer, lexicon);
    private readonly PhraseReader _reader = new(lexicon);
    private readonly PlaceResolver _resolver = new(gazetteer, lexicon);

    /// <summary>The stage with the built-in gazetteer (a user's own gazetteer comes through <see cref="PipelineOptions.Gazetteer"/>).</summary>
    public PlaceFinder()
        : this(Gazetteer.BuiltIn, PlaceLexicon.Default)
    {
    }

    public PlaceFinder(Gazetteer gazetteer)
        : this(gazetteer, PlaceLexicon.Default)
    {
    }

    public string Name => "places";

    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];

    public IReadOnlyList<Type> Produces => [typeof(PlaceMention)];

    public void Annotate(Document document) =>
        document.SetLayer(Find(document.Text, document.Require<Token>(), document.Require<Sentence>()));

    /// <summary>Place mentions in a text (tokenised on the fly; for tests and tools).</summary>
    public List<PlaceMention> Find(string text)
    {
        var document = new Document(text);
        new Tokenizer().Annotate(document);
        new SentenceSplitter().Annotate(document);
        return Find(text, document.Layer<Token>(), document.Layer<Sentence>());
    }

    public List<PlaceMention> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var phrases = _reader.Read(tokens, _matcher.Find(tokens), sentences);
        var article = ArticleFrame.Of(phrases, lexicon);
        SetAsideFarNames(phrases, article);
        var (resolved, via) = ResolveAll(phrases, article, null);
        Func<Direction, ResolvedPlace?> countryPart = d => article.Leading is { } country ? _resolver.CountryPart(country, d) : null;
        if (UnknownNameFallback.Create(text, phrases, resolved, sentences, gazetteer, countryPart) is { } fallback)
            (resolved, via) = ResolveAll(phrases, article, fallback);
        var mentions = new List<PlaceMention>(phrases.Count);
        foreach (var phrase in phrases)
        {
            if (resolved[phrase] is { } place)
                mentions.Add(Mention(text, tokens, phrase, place, via[phrase]));
        }
        return Datelines.Mark(text, mentions);
    }

    /// <summary>
    /// Resolves right to left, as a phrase's context comes after it and is resolved first; the fallback (second
    /// pass) places unknown names by what the first pass found. Also returns the phrase that placed each one.
    /// </summary>
    private (Dictionary<PlacePhrase, ResolvedPlace?> Places, Dictionary<PlacePhrase, PlacePhrase?> Via) ResolveAll(
        List<PlacePhrase> phrases, ArticleFrame article, UnknownNameFallback? fallback)
    {
        var resolved = new Dictionary<PlacePhrase, ResolvedPlace?>(phrases.Count);
        var via = new Dictionary<PlacePhrase, PlacePhrase?>(phrases.Count);
        for (var i = phrases.Count - 1; i >= 0; i--)
        {
            var phrase = phrases[i];
            var context = phrase.Context is { } c ? resolved.GetValueOrDefault(c) : null;
            var place = _resolver.Resolve(phrase, context, article);
            via[phrase] = context is null ? null : phrase.Context;
            if (fallback?.Better(i, place) is { } better)
                (place, via[phrase]) = better;
            resolved[phrase] = place;
        }
        return (resolved, via);
    }

    /// <summary>
    /// A name whose every place is far from the article's other places (<see cref="ArticleFrame.IsFar"/>) is not that
    /// place: after a cue it is a name the gazetteer does not know («قضاء الكرمة» in Anbar), else it is dropped.
    /// </summary>
    private static void SetAsideFarNames(List<PlacePhrase> phrases, ArticleFrame article)
    {
        foreach (var p in phrases)
        {
            if (p.Name is { } name && name.Places.All(e => article.IsFar(e, name.Form)))
            {
                if (p.Cue is null)
                    p.Suppressed = true;
                else
                    p.Name = null;
            }
        }
        phrases.RemoveAll(p => p.Suppressed);
    }

    private PlaceMention Mention(string text, IReadOnlyList<Token> tokens, PlacePhrase phrase, ResolvedPlace place, PlacePhrase? context)
    {
        var span = place.Resolution == PlaceResolution.AdminContext ? phrase.NameSpan : phrase.Span(tokens);
        var e = place.Entry;
        PlaceContext? contextInfo = null;
        if (context is not null)
        {
            var contextSpan = context.Span(tokens);
            contextInfo = new PlaceContext(text[contextSpan.Start..contextSpan.End], contextSpan);
        }
        // a country named as a place stands at its capital, as event coders place country-level events (ACLED, the
        // evaluation's gold): its centroid may lie in a desert hundreds of kilometres from anything
        var (lat, lon) = place.Precision == PlacePrecision.Country && place.Resolution == PlaceResolution.Gazetteer && gazetteer.CapitalOf(e.Country) is { } capital
            ? (capital.Lat, capital.Lon) : (place.Lat, place.Lon);
        return new PlaceMention(
            span, text[span.Start..span.End], e.Name, e.NameAr, e.Country, e.Admin1, lat, lon, place.Precision, e.Id,
            phrase.CueText, string.IsNullOrEmpty(place.Qualifier) ? null : place.Qualifier, contextInfo, place.Resolution);
    }
}
