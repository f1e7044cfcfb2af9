using System.Text.RegularExpressions;

namespace Athar.Tests.Actors;

/// <summary>An expected mention: its span in the plain text and the expected id ("person"/"generic": none).</summary>
internal sealed record GoldMention(Span Span, string Text, string Label);

/// <summary>
/// Reads text with inline marks «[[قسد|sdf]]» into plain text and the expected mentions; paragraphs (blank-line
/// separated, '#' comment lines skipped) are separate documents.
/// </summary>
internal static partial class GoldMarkup
{
    public static (string Text, List<GoldMention> Mentions) Parse(string marked)
    {
        var text = new System.Text.StringBuilder();
        var mentions = new List<GoldMention>();
        var last = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            text.Append(marked, last, m.Index - last);
            var start = text.Length;
            text.Append(m.Groups[1].Value);
            mentions.Add(new GoldMention(new Span(start, text.Length), m.Groups[1].Value, m.Groups[2].Value));
            last = m.Index + m.Length;
        }
        text.Append(marked, last, marked.Length - last);
        return (text.ToString(), mentions);
    }

    public static IEnumerable<string> Paragraphs(string path) =>
        string.Join('\n', File.ReadLines(path).Where(l => !l.StartsWith('#')))
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A file of the repository (tests run from bin/…; the repository root holds Athar.sln).</summary>
    public static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        return Path.Combine([dir?.FullName ?? Directory.GetCurrentDirectory(), .. parts]);
    }

    [GeneratedRegex(@"\[\[(.+?)\|([a-z0-9_]+)\]\]")]
    private static partial Regex Mark();
}
