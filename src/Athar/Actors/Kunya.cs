namespace Athar.Actors;

/// <summary>The kunya «أبو X» inflects for case (أبو، أبا، أبي) without changing the name: one key for all three.</summary>
internal static class Kunya
{
    private static readonly string[] Forms = ["ابو", "ابا", "ابي"];

    public static bool IsFather(string form) => Array.IndexOf(Forms, form) >= 0;

    public static bool IsMother(string form) => form == "ام";

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
