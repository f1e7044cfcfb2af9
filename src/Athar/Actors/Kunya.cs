using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// The words that start an Arabic name by themselves (Text/function-words.tsv): the kunya «أبو X», which inflects
/// for case (أبو، أبا، أبي) without changing the name, so one key stands for all three; «أم X»; and «عبد X».
/// </summary>
internal static class Kunya
{
    private static readonly IReadOnlyList<string> Forms = FunctionWords.Default.Ordered("kunya-father");

    public static bool IsFather(string form) => FunctionWords.Default.Is(form, "kunya-father");

    public static bool IsMother(string form) => FunctionWords.Default.Is(form, "kunya-mother");

    /// <summary>«عبد» in «عبد الله»: it joins the next word into one name.</summary>
    public static bool IsServant(string form) => FunctionWords.Default.Is(form, "servant");

    /// <summary>«عبدالله», «عبدالرحمن»: a name written with «عبد» joined to it.</summary>
    public static bool StartsWithServant(string form) =>
        FunctionWords.Default.Words("servant").Any(w => form.Length > w.Length && form.StartsWith(w, StringComparison.Ordinal));

    /// <summary>Every word that starts a name this way, for the word index.</summary>
    public static IEnumerable<string> AllWords =>
        Forms.Concat(FunctionWords.Default.Words("kunya-mother")).Concat(FunctionWords.Default.Words("servant"));

    /// <summary>The nominative form of a kunya word, other words unchanged: «ابا» → «ابو».</summary>
    public static string Normalize(string form) => IsFather(form) ? Forms[0] : form;

    /// <summary>Every case variant of a phrase whose words include «أبو».</summary>
    public static IEnumerable<List<string>> Variants(List<string> forms)
    {
        IEnumerable<List<string>> variants = [[]];
        foreach (var form in forms)
        {
            var options = IsFather(form) ? Forms : [form];
            variants = variants.SelectMany(v => options.Select(o => new List<string>(v) { o })).ToList();
        }
        return variants;
    }
}
