using Athar.Actors;
using Athar.Attribution;
using Athar.Text;
using Athar.Time;

namespace Athar.Tests.Attribution;

public class AttributionFinderTests
{
    // The stage alone: no dates or actors end a source phrase here
    private static Document Analyze(string text)
    {
        var doc = new Document(text);
        new Tokenizer().Annotate(doc);
        new SentenceSplitter().Annotate(doc);
        doc.SetLayer<DateMention>([]);
        doc.SetLayer<ActorMention>([]);
        new AttributionFinder().Annotate(doc);
        return doc;
    }

    private static List<(string Source, AttributionKind Kind)> Sources(string text) =>
        Analyze(text).Layer<AttributionMention>().Select(a => (a.Text, a.Kind)).ToList();

    [Theory]
    [InlineData("وبحسب مصادر محلية فإن الطائرة استهدفت سيارة", "مصادر محلية", AttributionKind.According)]
    [InlineData("وفق ما نقلت وكالة الأنباء العراقية، قتل ثلاثة عناصر", "وكالة الأنباء العراقية", AttributionKind.According)]
    [InlineData("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات اندلعت", "المرصد السوري لحقوق الإنسان", AttributionKind.Speech)]
    [InlineData("وذكر موقع “الخابور”، أن التحالف اعتقل شخصاً", "موقع “الخابور”", AttributionKind.Speech)]
    [InlineData("وأفادت مصادر متطابقة بأن طائرة مسيرة استهدفت السيارة", "مصادر متطابقة", AttributionKind.Speech)]
    public void Finds_the_source_phrase_after_its_cue(string text, string source, AttributionKind kind) =>
        Assert.Contains((source, kind), Sources(text));

    [Fact]
    public void A_known_actor_ends_the_source_phrase()
    {
        const string text = "أعلنت وزارة الدفاع العراقية مقتل العقيد خالد في هجوم";
        var doc = new Document(text);
        new Tokenizer().Annotate(doc);
        new SentenceSplitter().Annotate(doc);
        doc.SetLayer<DateMention>([]);
        var start = text.IndexOf("وزارة", StringComparison.Ordinal);
        var ministry = new Span(start, text.IndexOf(" مقتل", StringComparison.Ordinal));
        doc.SetLayer([new Athar.Actors.ActorMention(ministry, text[ministry.Start..ministry.End], "iraq_mod", "Iraqi Ministry of Defence", Athar.Actors.ActorKind.Government)]);
        new AttributionFinder().Annotate(doc);
        Assert.Equal("وزارة الدفاع العراقية", Assert.Single(doc.Layer<AttributionMention>()).Text);
    }

    [Fact]
    public void An_anonymous_source_keeps_the_outlet_it_spoke_to()
    {
        var source = Assert.Single(Sources("وبحسب مصادر خاصة لـ”الحل نت” فإن القياديين كانوا في مهمة"));
        Assert.Equal("مصادر خاصة لـ”الحل نت”", source.Source);
    }

    [Fact]
    public void A_subject_before_the_speech_verb_is_the_source()
    {
        var source = Assert.Single(Sources("الصحفي، الذي عاش تحت حكم التنظيم، أكد لموقع الحل أن القادة غادروا"));
        Assert.Equal("الصحفي", source.Source);
    }

    [Fact]
    public void Continuing_a_statement_inherits_the_previous_speaker()
    {
        var doc = Analyze("وقال مدير المرصد رامي عبد الرحمن إن الاشتباكات اندلعت. وأضاف أن المسلحين هاجموا المواقع.");
        var sources = doc.Layer<AttributionMention>();
        Assert.Equal(2, sources.Count);
        Assert.True(sources[1].Inherited);
        Assert.Equal(sources[0].Text, sources[1].Text);
        Assert.Equal("وأضاف", sources[1].Cue.Text);
    }

    [Fact]
    public void Every_attribution_span_maps_to_its_text()
    {
        const string text = "وذكر موقع “CNN TÜRK”، نقلًا عن “صويلو”، أنَّ القوات الأمنية ألقت القبض على أمير التنظيم";
        var doc = Analyze(text);
        Assert.Equal(2, doc.Layer<AttributionMention>().Count);
        Assert.All(doc.Layer<AttributionMention>(), a => Assert.Equal(a.Text, text[a.Span.Start..a.Span.End]));
    }

    [Theory]
    [InlineData("ويتعزّز احتمال وجود عدد كبير من القيادات هناك", Certainty.Speculative)]
    [InlineData("ويُرجّح أن يكون القيادي قد فرّ إلى العراق", Certainty.Speculative)]
    [InlineData("قد يحتوي الشمال السوري على أي مقاتلين", Certainty.Speculative)]
    [InlineData("لكن الحركة نفت علاقتها بهم", Certainty.Denied)]
    [InlineData("على الرغم من عدم وجود أدلة على وجودهم", Certainty.Denied)]
    [InlineData("وتبنى تنظيم داعش الهجوم في بيان", Certainty.Claimed)]
    [InlineData("واتهمت الحكومة فصيلاً مسلحاً بتنفيذ الهجوم", Certainty.Alleged)]
    public void Finds_certainty_cues(string text, Certainty certainty) =>
        Assert.Contains(Analyze(text).Layer<CertaintyCue>(), c => c.Certainty == certainty);

    [Fact]
    public void Qad_before_a_past_verb_is_not_a_hedge() =>
        Assert.Empty(Analyze("القياديين كانوا قد انتحلوا صفة مقاتلين").Layer<CertaintyCue>());
}
