using Athar.Text;

namespace Athar.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Span.Start..s.Span.End]).ToList();

    [Fact]
    public void Splits_a_news_paragraph_at_arabic_and_latin_punctuation()
    {
        const string text = "قال مصدر أمني إن الهجوم وقع فجر اليوم. وأضاف أن ثلاثة عناصر قتلوا؛ فيما أصيب آخرون! هل انتهت العملية؟ لا أحد يعلم.";
        Assert.Equal(
            ["قال مصدر أمني إن الهجوم وقع فجر اليوم.", "وأضاف أن ثلاثة عناصر قتلوا؛", "فيما أصيب آخرون!", "هل انتهت العملية؟", "لا أحد يعلم."],
            Split(text));
    }

    [Fact]
    public void Does_not_split_inside_numbers_or_dotted_dates()
    {
        const string text = "بلغت الخسائر 2.5 مليون دولار في 27.10.2019 حسب التقرير. وانتهى الاجتماع.";
        Assert.Equal(["بلغت الخسائر 2.5 مليون دولار في 27.10.2019 حسب التقرير.", "وانتهى الاجتماع."], Split(text));
    }

    [Fact]
    public void Does_not_split_after_abbreviations_or_inside_domain_names()
    {
        const string text = "وقال د. أحمد لموقع 7al.net إن القوات الأميركية U.S. Army نفذت الإنزال. وانسحبت لاحقاً.";
        Assert.Equal(["وقال د. أحمد لموقع 7al.net إن القوات الأميركية U.S. Army نفذت الإنزال.", "وانسحبت لاحقاً."], Split(text));
    }

    [Fact]
    public void Keeps_closing_quotes_with_their_sentence()
    {
        const string text = "وقال الوزير: «ألقينا القبض على الخلية.» ثم غادر.";
        Assert.Equal(["وقال الوزير: «ألقينا القبض على الخلية.»", "ثم غادر."], Split(text));
    }

    [Fact]
    public void Headlines_and_paragraphs_end_at_line_breaks()
    {
        const string text = "القوات العراقية تقتل 50 مسلحاً في كركوك\nأعلن مصدر أمني عن ارتفاع الحصيلة.\n\nوفي سياق آخر";
        Assert.Equal(["القوات العراقية تقتل 50 مسلحاً في كركوك", "أعلن مصدر أمني عن ارتفاع الحصيلة.", "وفي سياق آخر"], Split(text));
    }

    [Fact]
    public void Splits_when_a_full_stop_is_glued_to_the_next_arabic_word()
    {
        const string text = "المعروف باسم أبو خديجة.وكتب السوداني عبر حسابه";
        Assert.Equal(["المعروف باسم أبو خديجة.", "وكتب السوداني عبر حسابه"], Split(text));
    }

    [Fact]
    public void Sentence_spans_never_include_surrounding_whitespace()
    {
        const string text = "  جملة أولى.   جملة ثانية  ";
        var sentences = SentenceSplitter.Split(text);
        Assert.All(sentences, s => Assert.False(char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1])));
        Assert.Equal(2, sentences.Count);
    }
}
