namespace Athar.Watch.Render;

/// <summary>A digest as plain text: the mail's text part and `athar digest --format text`.</summary>
public static class DigestText
{
    public static void Write(Digest digest, TextWriter w)
    {
        w.WriteLine(DigestWords.Subject(digest));
        w.WriteLine($"watching: {digest.Filter}");
        foreach (var section in digest.Items.GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            w.WriteLine();
            w.WriteLine($"== {DigestWords.Heading(section.Key)} ==");
            foreach (var item in section)
            {
                w.WriteLine($"* {DigestWords.Line(item)}");
                foreach (var source in item.Evidence)
                {
                    w.WriteLine($"    «{source.Sentence}»");
                    w.WriteLine($"    — {DigestWords.Source(source)}");
                }
            }
        }
    }

    public static string Of(Digest digest)
    {
        using var w = new StringWriter();
        Write(digest, w);
        return w.ToString();
    }
}
