using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Athar.Text.Lexicons;

/// <summary>
/// Enum values by the name the JSON output gives them (the member's <see cref="JsonStringEnumMemberNameAttribute"/>,
/// else kebab-case: «air_strike», «opening-quote»), so data files and output spell them alike.
/// </summary>
public static class LexiconEnum
{
    public static bool TryParse<T>(string name, out T value) where T : struct, Enum => Names<T>.ByName.TryGetValue(name, out value);

    /// <summary>All the names, for error messages.</summary>
    public static string NamesOf<T>() where T : struct, Enum => Names<T>.All;

    public static string NameOf<T>(T value) where T : struct, Enum
    {
        var member = typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static);
        return member?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
            ?? JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName = Enum.GetValues<T>().ToFrozenDictionary(NameOf, StringComparer.Ordinal);
        public static readonly string All = string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));
    }
}
