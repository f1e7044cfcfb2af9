using Athar.Events;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Tests.Text.Lexicons;

public class LexiconTests
{
    private static List<LexiconRow> Read(string text, params int[] keyedToo) =>
        Lexicon.Unique(Lexicon.Read("test.tsv", new StringReader(text)), keyedToo).ToList();

    [Fact]
    public void Comment_and_blank_lines_are_skipped_and_rows_know_their_line()
    {
        var rows = Read("# a comment\n\nقصف\tshelling\n");
        var row = Assert.Single(rows);
        Assert.Equal(3, row.Line);
        Assert.Equal("قصف", row.Key);
    }

    [Fact]
    public void A_word_listed_twice_in_its_matching_form_is_an_error_naming_both_lines()
    {
        var e = Assert.Throws<FormatException>(() => Read("إحباط\tintent\nاحباط\tintent\n"));
        Assert.Contains("test.tsv:2", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_may_be_listed_once_per_keyed_class()
    {
        Assert.Equal(2, Read("لكن\tcontrast\nلكن\tclause-opener\n", 1).Count);
        Assert.Throws<FormatException>(() => Read("لكن\tcontrast\nلكن\tcontrast\n", 1));
    }

    [Fact]
    public void Enum_cells_are_read_by_their_JSON_name()
    {
        Assert.Equal(EventType.AirStrike, LexiconRow.Of("غارة", "air_strike").Enum<EventType>(1));
        Assert.Equal(Punct.OpeningQuote, LexiconRow.Of("«", "opening-quote").Enum<Punct>(1));
        Assert.Equal([Punct.Quote, Punct.Hash], LexiconRow.Of("x", "quote,hash").Enums<Punct>(1));
    }

    [Fact]
    public void A_bad_enum_cell_names_the_file_line_and_the_names_allowed()
    {
        var row = Read("غارة\tAirStrike\n").Single();
        var e = Assert.Throws<FormatException>(() => row.Enum<EventType>(1));
        Assert.StartsWith("test.tsv:1:", e.Message, StringComparison.Ordinal);
        Assert.Contains("air_strike", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_an_error_not_an_index_exception() =>
        Assert.Throws<FormatException>(() => LexiconRow.Of("قصف")[2]);
}
