namespace Athar.Places;

/// <summary>
/// A place phrase read from the tokens: an optional «أقصى», directions and cue word before the name, the name
/// (a gazetteer name, or an unknown name after a cue), direction adjectives after it, and the admin context
/// phrase that follows it («باريشا» → «ناحية حارم» → «ريف إدلب الشمالي»).
/// </summary>
internal sealed class PlacePhrase
{
    /// <summary>First token of the phrase (modifiers included) and its text start (proclitics excluded).</summary>
    public required int First { get; init; }

    public required int Start { get; init; }

    /// <summary>Last token of the phrase (adjectives included).</summary>
    public required int Last { get; init; }

    public required int NameFirst { get; init; }

    public required int NameLast { get; init; }

    public required Span NameSpan { get; init; }

    /// <summary>The gazetteer name; null for a name only known from its cue word («قرية الدشيشة»).</summary>
    public NameEntry? Name { get; set; }

    /// <summary>«غرب البلاد»: the name is the article's focus country.</summary>
    public bool ThisCountry { get; init; }

    /// <summary>The proclitic on the phrase's first token («ب» in «بريف»): «و» means a list, not a context.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The cue word before the name, or the plural cue of the list the name is in («قرى العمقية والزيارة»).</summary>
    public Cue? Cue { get; set; }

    public string? CueText { get; set; }

    /// <summary>The cue word's token, shared by the names of a list («قريتي الصيادة واليالني»); -1 without a cue.</summary>
    public int CueToken { get; set; } = -1;

    public Direction? Direction { get; init; }

    /// <summary>«أقصى»: the far end of the area.</summary>
    public bool Far { get; init; }

    public bool Hashtag { get; init; }

    /// <summary>The bare name follows an indefinite word («طائرة سورية»), where a nisba name reads as an adjective.</summary>
    public bool AfterIndefiniteWord { get; init; }

    /// <summary>Set when the name is part of an organisation, publisher or person name.</summary>
    public bool Suppressed { get; set; }

    /// <summary>A direction in brackets after an unknown name («بلدة الخرايب (جنوب)»): the part of the article's country it lies in.</summary>
    public Direction? Aside { get; set; }

    /// <summary>How far the name lies from its context, which then names a reference place and a direction («23 كم جنوب شرق مدينة إدلب»).</summary>
    public double? DistanceKm { get; set; }

    /// <summary>The phrase that gives this one's admin context, if linked.</summary>
    public PlacePhrase? Context { get; set; }

    public bool IsContext { get; set; }

    /// <summary>The phrase this one is the context of («ولاية أغري» for «شرقي البلاد»), if any.</summary>
    public PlacePhrase? ContextFor { get; set; }

    /// <summary>«الريف الشرقي لمدينة سلمية»: the countryside of the name that follows, which may keep a cue of its own.</summary>
    public bool DefiniteCountryside { get; init; }

    public bool Countryside => Cue?.Kind == CueKind.Countryside || DefiniteCountryside;

    /// <summary>A countryside or direction phrase stands for an area, so its evidence is the whole phrase.</summary>
    public bool IsDirectional => Countryside || Direction is { IsCentre: false };

    public Span Span(IReadOnlyList<Athar.Text.Token> tokens) =>
        IsDirectional ? new Span(Start, tokens[Last].Span.End) : NameSpan;

    /// <summary>A direction word stands before the name («شمال الباب»); one after it may just be an adjective («الحي الشرقي»).</summary>
    public bool DirectionBefore { get; init; }
}
