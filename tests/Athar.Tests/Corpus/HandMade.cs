using Athar.Actors;
using Athar.Attribution;
using Athar.Claims;
using Athar.Corpus;
using Athar.Events;
using Athar.Places;
using Athar.Store;
using Athar.Text;
using Athar.Time;

namespace Athar.Tests.Corpus;

/// <summary>
/// Articles analysed by the text stages, with place, entity, event and claim layers set by hand (the stages
/// that make them are built elsewhere): realistic values, spans found in the article's own text.
/// </summary>
internal static class HandMade
{
    private static readonly Pipeline TextStages = new([new LanguageGuesser(), new Tokenizer(), new SentenceSplitter(), new HashtagFinder(), new NumberFinder()]);

    public static Document Article(string text, string id, string? url, DateOnly published, string? title = null) =>
        TextStages.Analyze(text, new DocumentInfo { Id = id, Url = url, Published = published, Title = title });

    public static Span SpanOf(Document d, string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = d.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0)
                throw new ArgumentException($"«{words}» is not in the article");
        }
        return new Span(at, at + words.Length);
    }

    public static TextRef Ref(Document d, string words) => TextRef.Of(d, SpanOf(d, words));

    public static PlaceMention Place(Document d, string words, Gazetteer.Entry p) =>
        new(SpanOf(d, words), words, p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Precision, p.Id);

    public static ActorMention Entity(Document d, string words, string? id, string name, ActorKind kind) =>
        new(SpanOf(d, words), words, id, name, kind);

    public static EventActor Actor(Document d, string words, string? id, string name, ActorKind kind) =>
        new(id, name, kind, words, SpanOf(d, words));

    public static EventWhen When(DateOnly start, DateOnly? end = null, DatePrecision precision = DatePrecision.Day, ArgumentBasis basis = ArgumentBasis.Stated) =>
        new(start, end ?? start, precision, null, null, basis);

    /// <summary>An event whose evidence is the sentence holding the trigger.</summary>
    public static EventRecord Event(
        Document d, string id, EventType type, string trigger, EventWhen? when, PlaceMention? where,
        EventActor? agent = null, EventActor? target = null, int? killed = null, string? killedWords = null,
        Certainty certainty = Certainty.Reported)
    {
        var triggerRef = Ref(d, trigger);
        var sentence = d.Layer<Sentence>().First(s => s.Span.Contains(triggerRef.Span));
        return new EventRecord(
            sentence.Span, id, type, EventTypes.ToAcled(type), triggerRef, when,
            where is null ? null : EventWhere.From(where, ArgumentBasis.Stated),
            agent, target,
            killed is { } k ? new EventCount(k, killedWords!, SpanOf(d, killedWords!)) : null,
            null, null, [], null, certainty, null, [TextRef.Of(d, sentence.Span)]);
    }

    public static WhereaboutsClaim Claim(
        Document d, string actorWords, string? actorId, string actorName, Movement movement, string trigger, PlaceMention place,
        EventWhen? when, Certainty certainty, string? attribution = null)
    {
        var triggerRef = Ref(d, trigger);
        var sentence = d.Layer<Sentence>().First(s => s.Span.Contains(triggerRef.Span));
        return new WhereaboutsClaim(
            sentence.Span, new ClaimActor(actorId, actorName, actorWords, SpanOf(d, actorWords)), movement, triggerRef, place,
            new TextRef(place.Text, place.Span), when, certainty, null, attribution is null ? null : Ref(d, attribution));
    }

    public static AnalysedArticle Analysed(Document d) =>
        new(d, ContentHash.Of(d.Text), NearDuplicates.Signature(d.Text), $"{d.Info.Id}.txt");
}

/// <summary>A few real places with their approximate coordinates (as a gazetteer would give them).</summary>
internal static class Gazetteer
{
    public sealed record Entry(string Id, string Name, string NameAr, string Country, string? Admin1, double Lat, double Lon, PlacePrecision Precision);

    public static readonly Entry Sarmada = new("gaz:sarmada", "Sarmada", "سرمدا", "SY", "Idlib", 36.1833, 36.7167, PlacePrecision.Town);
    public static readonly Entry BabAlHawa = new("gaz:bab-al-hawa", "Bab al-Hawa", "باب الهوى", "SY", "Idlib", 36.2286, 36.6592, PlacePrecision.Village);
    public static readonly Entry Barisha = new("gaz:barisha", "Barisha", "باريشا", "SY", "Idlib", 36.1547, 36.6408, PlacePrecision.Village);
    public static readonly Entry IdlibProvince = new("gaz:idlib-province", "Idlib Governorate", "إدلب", "SY", "Idlib", 35.83, 36.63, PlacePrecision.Province);
    public static readonly Entry Manbij = new("gaz:manbij", "Manbij", "منبج", "SY", "Aleppo", 36.5281, 37.9549, PlacePrecision.City);
    public static readonly Entry Jarablus = new("gaz:jarablus", "Jarablus", "جرابلس", "SY", "Aleppo", 36.8175, 38.0114, PlacePrecision.Town);
    public static readonly Entry Anbar = new("gaz:anbar", "Anbar Governorate", "الأنبار", "IQ", "Anbar", 33.36, 42.33, PlacePrecision.Province);
    public static readonly Entry Rutba = new("gaz:rutba", "Rutba", "الرطبة", "IQ", "Anbar", 33.0381, 40.2848, PlacePrecision.Town);
    public static readonly Entry Qaim = new("gaz:qaim", "al-Qaim", "القائم", "IQ", "Anbar", 34.3686, 41.0944, PlacePrecision.Town);
}
