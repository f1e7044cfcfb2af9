using System.Reflection;

namespace Athar;

/// <summary>
/// One article. The original text is never changed; every stage adds a layer of annotations whose spans
/// point into it. Stages communicate only through these layers.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<Type, LayerEntry> _layers = [];
    private readonly Dictionary<Type, DerivedEntry> _derived = [];
    private HashSet<Type>? _reads; // the layers read while a derived model is being built
    private int _nextOrder;

    public Document(string text, DocumentInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Info = info ?? new DocumentInfo();
    }

    public string Text { get; }

    public DocumentInfo Info { get; internal set; }

    public string Slice(Span span) => Text.Substring(span.Start, span.Length);

    /// <summary>The annotations of type <typeparamref name="T"/>, or an empty list when no stage made them.</summary>
    public IReadOnlyList<T> Layer<T>() where T : IAnnotation
    {
        _reads?.Add(typeof(T));
        return _layers.TryGetValue(typeof(T), out var entry) ? (IReadOnlyList<T>)entry.Items : [];
    }

    /// <summary>
    /// The annotations of type <typeparamref name="T"/>; throws <see cref="MissingLayerException"/> when no stage made
    /// them. Stages read the layers they require with this, so a missing stage fails instead of finding nothing.
    /// </summary>
    public IReadOnlyList<T> Require<T>() where T : IAnnotation
    {
        Require(typeof(T));
        return Layer<T>();
    }

    /// <summary>Throws <see cref="MissingLayerException"/> for the first of these layers that no stage made.</summary>
    public void RequireAll(IEnumerable<Type> layers)
    {
        foreach (var layer in layers)
            Require(layer);
    }

    public bool HasLayer<T>() where T : IAnnotation
    {
        _reads?.Add(typeof(T));
        return _layers.ContainsKey(typeof(T));
    }

    /// <summary>
    /// A read model of this document built from its layers (one per type: the events and claims stages share
    /// one <see cref="Events.ArticleView"/>). Built on first use and kept with the document until a layer it
    /// read is set again; <paramref name="build"/> must read layers through this document's Layer, Require or HasLayer.
    /// </summary>
    public T Derived<T>(Func<Document, T> build) where T : class
    {
        if (_derived.TryGetValue(typeof(T), out var cached))
        {
            _reads?.UnionWith(cached.Reads); // a model built on this one goes stale with it
            return (T)cached.Value;
        }
        var outer = _reads;
        var reads = _reads = [];
        T value;
        try
        {
            value = build(this);
        }
        finally
        {
            _reads = outer;
        }
        outer?.UnionWith(reads);
        _derived[typeof(T)] = new DerivedEntry(value, reads);
        return value;
    }

    /// <summary>Sets (or replaces) a layer; items are kept in text order.</summary>
    public void SetLayer<T>(IEnumerable<T> items) where T : IAnnotation
    {
        var list = items.OrderBy(a => a.Span.Start).ThenBy(a => -a.Span.End).ToList();
        foreach (var item in list)
        {
            if (item.Span.End > Text.Length)
                throw new ArgumentOutOfRangeException(nameof(items), $"{typeof(T).Name} span {item.Span} is outside the text ({Text.Length} chars)");
        }
        var order = _layers.TryGetValue(typeof(T), out var old) ? old.Order : _nextOrder++;
        _layers[typeof(T)] = new LayerEntry(LayerName(typeof(T)), list.AsReadOnly(), order, ListedInOutput(typeof(T)));
        DropDerivedReading(typeof(T));
    }

    private void DropDerivedReading(Type layer)
    {
        foreach (var (model, entry) in _derived)
        {
            if (entry.Reads.Contains(layer))
                _derived.Remove(model);
        }
    }

    /// <summary>All layers in the order stages first added them.</summary>
    public IEnumerable<(string Name, IReadOnlyList<IAnnotation> Items, bool Listed)> Layers() =>
        _layers.Values.OrderBy(l => l.Order).Select(l => (l.Name, (IReadOnlyList<IAnnotation>)l.Items.Cast<IAnnotation>().ToList(), l.Listed));

    internal static string LayerName(Type t) => LayerInfo(t).Name;

    private void Require(Type layer)
    {
        _reads?.Add(layer);
        if (_layers.ContainsKey(layer))
            return;
        var where = Info.Id is null ? "" : $" of document '{Info.Id}'";
        var fix = StageContracts.DefaultProducerOf(layer) is { } producer ? $"run the '{producer}' stage first" : "run a stage that makes it first";
        throw new MissingLayerException($"the '{LayerName(layer)}' layer{where} is not set: {fix}", layer);
    }

    private static bool ListedInOutput(Type t) => LayerInfo(t).Listed;

    // Attribute lookups are reflection: read each layer type's once (every stage sets a layer on every document).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (string Name, bool Listed)> LayerInfos = new();

    private static (string Name, bool Listed) LayerInfo(Type t) => LayerInfos.GetOrAdd(t, static type =>
    {
        var attribute = type.GetCustomAttribute<LayerAttribute>();
        return (attribute?.Name ?? type.Name, attribute?.Listed ?? false);
    });

    private sealed record LayerEntry(string Name, System.Collections.IList Items, int Order, bool Listed);

    private sealed record DerivedEntry(object Value, HashSet<Type> Reads);
}

/// <summary>What is known about an article besides its text.</summary>
public sealed record DocumentInfo
{
    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }

    /// <summary>Publication date: the anchor for relative dates. Null means relative dates stay unresolved.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>"ar" or "en"; set by the text stage when not given.</summary>
    public string? Language { get; init; }
}
