using Athar.Text;

namespace Athar.Places;

/// <summary>
/// Datelines and bylines at the head of an article's first lines: «بغداد، العراق (CNN)-- أعلنت …», «إسطنبول / خليل دمير /
/// الأناضول أوقفت …», «الأنبار(العراق)/سليمان القبيسي …», «سمارت - إدلب», «المدى برس / كركوك:أعلنت …». A line's head is
/// its run of short segments (a few words each) parted by «/ - – — : ( ) ،», up to the last such mark before the body
/// (or the whole line when it is that short). The places that open or close it are the desk's city, not the incident's
/// site, when the head also holds something that is not a place (an agency, a reporter): «سوريا: مقتل …» is a
/// headline, and «وشهدت العاصمة، بغداد، في 18 مايو/أيار …» a sentence, not a dateline.
/// </summary>
internal static class Datelines
{
    /// <summary>How far into the article a dateline may start (headline and a blank line or two come first).</summary>
    private const int LeadChars = 500;

    private const int MaxSegmentWords = 3;

    private const int MaxHeadChars = 90;

    /// <summary>Marks every mention inside a dateline head of the article's first lines.</summary>
    public static List<PlaceMention> Mark(string text, List<PlaceMention> mentions)
    {
        if (mentions.Count == 0)
            return mentions;
        var marked = new HashSet<PlaceMention>();
        for (var start = 0; start < text.Length && start < LeadChars;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            if (Head(text, start, end) is { } head)
            {
                var inside = mentions.Where(m => m.Span.Start >= head.Start && m.Span.End <= head.End).ToList();
                var places = head.Segments.Select(s => inside.Where(m => m.Span.Start < s.End && s.Start < m.Span.End).ToList()).ToList();
                if (places.Any(p => p.Count == 0))
                {
                    // the leading and the trailing run of place segments: «بغداد، العراق (CNN)--», «المدى برس / كركوك:»
                    marked.UnionWith(places.TakeWhile(p => p.Count > 0).SelectMany(p => p));
                    marked.UnionWith(Enumerable.Reverse(places).TakeWhile(p => p.Count > 0).SelectMany(p => p));
                }
            }
            start = end + 1;
        }
        return marked.Count == 0 ? mentions : mentions.Select(m => marked.Contains(m) ? m with { Dateline = true } : m).ToList();
    }

    /// <summary>The head of the line [start, end): its extent and its segments; null when it has no short segment before a mark.</summary>
    private static (int Start, int End, List<Span> Segments)? Head(string text, int start, int end)
    {
        var segments = new List<Span>();
        var headEnd = -1;
        var segmentStart = start;
        var i = start;
        while (i < end && i - start <= MaxHeadChars)
        {
            if (!IsMark(text[i]))
            {
                i++;
                continue;
            }
            if (!AddSegment(text, segmentStart, i, segments))
                break;
            var hard = false;
            while (i < end && (IsMark(text[i]) || char.IsWhiteSpace(text[i])))
                hard |= IsHardMark(text[i++]);
            if (hard)
                headEnd = i;
            segmentStart = i;
        }
        // «سمارت - إدلب», «هاني خليفة – حماة»: a line that is all head
        if (i >= end && end - start <= MaxHeadChars && headEnd > start && AddSegment(text, segmentStart, end, segments))
            headEnd = end;
        return headEnd > start && segments.Count > 1 ? (start, headEnd, segments) : null;
    }

    /// <summary>Adds the trimmed segment [from, to) when it has text; false when it is too long to be part of a head.</summary>
    private static bool AddSegment(string text, int from, int to, List<Span> segments)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
            from++;
        while (to > from && char.IsWhiteSpace(text[to - 1]))
            to--;
        if (to == from)
            return true;
        if (text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxSegmentWords)
            return false;
        segments.Add(new Span(from, to));
        return true;
    }

    private static bool IsMark(char c) => Punctuation.Is(c, HardMarks | Punct.OpeningBracket | Punct.Comma);

    /// <summary>A mark that may end a head: the comma alone only lists («بغداد، العراق»).</summary>
    private static bool IsHardMark(char c) => Punctuation.Is(c, HardMarks);

    private const Punct HardMarks = Punct.Slash | Punct.Dash | Punct.Colon | Punct.ClosingBracket;
}
