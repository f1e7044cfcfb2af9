namespace Athar.Attribution;

/// <summary>How the text presents a fact (serialised "reported", "claimed", …).</summary>
public enum Certainty
{
    /// <summary>Stated as fact by the outlet or its source.</summary>
    Reported,

    /// <summary>A party claims it (often responsibility or its own deed).</summary>
    Claimed,

    /// <summary>An accusation.</summary>
    Alleged,

    /// <summary>Denied, or explicitly without evidence.</summary>
    Denied,

    /// <summary>Hedged: probability, belief, inference.</summary>
    Speculative,
}
