using Athar.Text;

namespace Athar.Actors;

/// <summary>Where a lexicon phrase was found: tokens First..Last, and the proclitics read off the first token.</summary>
internal readonly record struct TrieMatch<T>(T Value, int First, int Last, string Prefix);

/// <summary>
/// Multi-word lexicon phrases keyed by the matching forms of their tokens. Phrases are tokenized with the same
/// <see cref="Tokenizer"/> as documents, so «CNN TÜRK», «دير الزور 24» and «د.» line up with text tokens.
/// Lookups walk one dictionary per token: the cost does not grow with the size of the lexicon.
/// </summary>
internal sealed class PhraseTrie<T>
    where T : notnull
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>The forms a phrase can start with (for <see cref="WordIndex"/>).</summary>
    public IEnumerable<string> FirstForms => _root.Children?.Keys ?? Enumerable.Empty<string>();

    /// <summary>Adds a phrase; an existing phrase keeps its first value (files list the preferred reading first).</summary>
    public void Add(string phrase, T value) => AddForms(FormsOf(phrase), value);

    public void AddForms(IReadOnlyList<string> forms, T value)
    {
        if (forms.Count == 0)
            return;
        var node = _root;
        foreach (var form in forms)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(form, out var next))
                node.Children[form] = next = new Node();
            node = next;
        }
        if (node.HasValue)
            return;
        node.Value = value;
        node.HasValue = true;
        Count++;
    }

    /// <summary>Matching forms of a phrase's tokens.</summary>
    public static List<string> FormsOf(string phrase) => Tokenizer.Tokenize(phrase).Select(t => t.Form).ToList();

    /// <summary>
    /// The longest phrase starting at token <paramref name="start"/>. With <paramref name="proclitics"/> the first
    /// token may carry proclitics (وقسد, بداعش, للتنظيم) but never loses its article: «التنظيم» is not «تنظيم».
    /// Quotes and «#» between words are skipped («حركة “أحرار الشام”», «مديرية الأمن في #اسطنبول»).
    /// </summary>
    public TrieMatch<T>? Match(IReadOnlyList<Token> tokens, int start, bool proclitics = true)
    {
        var first = tokens[start];
        if (_root.Children is null)
            return null;
        TrieMatch<T>? best = null;
        var readings = first.Readings;
        for (var r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            if (reading.Prefix.Length > 0 && (!proclitics || reading.HasArticle))
                continue;
            if (!_root.Children.TryGetValue(reading.Stem, out var node))
                continue;
            var found = Walk(tokens, start, node, reading.Prefix);
            if (found is { } f && (best is not { } b || f.Last > b.Last))
                best = f;
        }
        return best;
    }

    private static TrieMatch<T>? Walk(IReadOnlyList<Token> tokens, int start, Node node, string prefix)
    {
        TrieMatch<T>? best = node.HasValue ? new TrieMatch<T>(node.Value!, start, start, prefix) : null;
        var j = start + 1;
        while (node.Children is not null)
        {
            while (j < tokens.Count && TokenText.IsSkippable(tokens[j]))
                j++;
            if (j >= tokens.Count || !node.Children.TryGetValue(tokens[j].Form, out var next))
                break;
            node = next;
            if (node.HasValue)
                best = new TrieMatch<T>(node.Value!, start, j, prefix);
            j++;
        }
        return best;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
        public bool HasValue;
    }
}
