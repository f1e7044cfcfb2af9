namespace Athar;

/// <summary>
/// Lookups over a layer (annotations sorted by start, as <see cref="Document.SetLayer"/> keeps them): one binary
/// search serves tokens, numbers, dates and entities alike.
/// </summary>
public static class Annotations
{
    /// <summary>Index of the first annotation starting at or after <paramref name="offset"/> (Count when none).</summary>
    public static int FirstStartingAt<T>(IReadOnlyList<T> items, int offset) where T : IAnnotation
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].Span.Start < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>The annotation starting exactly at <paramref name="offset"/>, or null.</summary>
    public static T? StartingAt<T>(IReadOnlyList<T> items, int offset) where T : class, IAnnotation
    {
        var i = FirstStartingAt(items, offset);
        return i < items.Count && items[i].Span.Start == offset ? items[i] : null;
    }

    /// <summary>The annotations that start inside <paramref name="span"/>, in order.</summary>
    public static List<T> StartingWithin<T>(IReadOnlyList<T> items, Span span) where T : IAnnotation
    {
        var result = new List<T>();
        for (var i = FirstStartingAt(items, span.Start); i < items.Count && items[i].Span.Start < span.End; i++)
            result.Add(items[i]);
        return result;
    }

    /// <summary>True when one of the annotations covers all of <paramref name="span"/>.</summary>
    public static bool AnyContains<T>(IReadOnlyList<T> items, Span span) where T : IAnnotation
    {
        foreach (var item in items)
        {
            if (item.Span.Contains(span))
                return true;
        }
        return false;
    }
}
