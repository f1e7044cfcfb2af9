using Athar.Actors;
using Athar.Corpus;
using Athar.Events;
using Athar.Places;
using Athar.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Athar.Search;

/// <summary>
/// The fields of an article in the index: its text and title analysed twice (plain and stemmed), its id and
/// publication date stored, and exact-match keys for filters (countries, places, actors, event types,
/// hashtags), each key written as the store writes it and in matching form so «باريشا» and «Barisha» both work.
/// </summary>
public static class ArticleFields
{
    public const string Id = "id";
    public const string Published = "published";
    public const string BodyPlain = "body_p";
    public const string BodyStemmed = "body_s";
    public const string TitlePlain = "title_p";
    public const string TitleStemmed = "title_s";
    public const string Country = "country";
    public const string Place = "place";
    public const string Actor = "actor";
    public const string Type = "type";
    public const string Hashtag = "hashtag";

    // Stems are only looked up as words, never in phrases: no positions to write.
    private static readonly FieldType StemmedType = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    public static LuceneDocument Build(long articleId, Athar.Document document)
    {
        var doc = new LuceneDocument { new StringField(Id, articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES) };
        if (document.HasLayer<Token>())
        {
            // The pipeline's tokens: the same terms the analysers would make, without tokenising again.
            var tokens = document.Layer<Token>();
            doc.Add(new TextField(BodyPlain, SearchAnalyzers.Plain(tokens, document.Text.Length)));
            doc.Add(new Field(BodyStemmed, SearchAnalyzers.Stemmed(tokens, document.Text.Length), StemmedType));
        }
        else
        {
            doc.Add(new TextField(BodyPlain, document.Text, Field.Store.NO));
            doc.Add(new Field(BodyStemmed, document.Text, StemmedType));
        }
        if (document.Info.Published is { } published)
            doc.Add(new StringField(Published, published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES));
        if (document.Info.Title is { Length: > 0 } title)
        {
            doc.Add(new TextField(TitlePlain, title, Field.Store.NO));
            doc.Add(new TextField(TitleStemmed, title, Field.Store.NO));
        }
        foreach (var (field, key) in FilterKeys(document))
            doc.Add(new StringField(field, key, Field.Store.NO));
        return doc;
    }

    /// <summary>The exact-match keys of an article for the filters, each once per field (the server store's search vector holds them too).</summary>
    public static IEnumerable<(string Field, string Key)> FilterKeys(Athar.Document document) =>
        Keys(Country, document.Layer<PlaceMention>().Select(p => p.Country))
            .Concat(Keys(Place, document.Layer<PlaceMention>().SelectMany(PlaceKeys)))
            .Concat(Keys(Actor, document.Layer<ActorMention>().SelectMany(e => ActorKeys(e.Id, e.Name, e.Text))))
            .Concat(Keys(Type, document.Layer<EventRecord>().Select(e => EventTypes.Name(e.Type))))
            .Concat(Keys(Hashtag, document.Layer<Hashtag>().Select(h => MatchingForm.OfPhrase(h.Phrase))));

    /// <summary>The terms a filter value is looked up as: as given, and in matching form.</summary>
    public static IEnumerable<string> FilterTerms(string value) =>
        new[] { value.Trim(), MatchingForm.OfPhrase(value), CorpusKeys.NameKey(value) }.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> PlaceKeys(PlaceMention p) =>
        [CorpusKeys.Place(p), MatchingForm.OfPhrase(p.Name), MatchingForm.OfPhrase(p.Text), .. p.NameAr is null ? [] : new[] { MatchingForm.OfPhrase(p.NameAr) }, .. p.Admin1 is null ? [] : new[] { MatchingForm.OfPhrase(p.Admin1) }];

    private static IEnumerable<string> ActorKeys(string? id, string name, string text) =>
        [CorpusKeys.Actor(id, name), MatchingForm.OfPhrase(name), MatchingForm.OfPhrase(text)];

    private static IEnumerable<(string, string)> Keys(string field, IEnumerable<string> keys) =>
        keys.Where(k => k.Length is > 0 and <= AtharTokenizer.MaxTermLength).Distinct(StringComparer.Ordinal).Select(k => (field, k));
}
