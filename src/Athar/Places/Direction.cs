namespace Athar.Places;

/// <summary>A compass direction as east (Dx) and north (Dy) components; (0, 0) is the centre («وسط»).</summary>
public readonly record struct Direction(double Dx, double Dy)
{
    public bool IsCentre => Dx == 0 && Dy == 0;

    /// <summary>«شمال» + «شرقي» = north-east.</summary>
    public Direction Combine(Direction other) => new(Math.Sign(Dx + other.Dx), Math.Sign(Dy + other.Dy));

    /// <summary>"north", "south-west", "centre".</summary>
    public string Name
    {
        get
        {
            var ns = Dy > 0 ? "north" : Dy < 0 ? "south" : "";
            var ew = Dx > 0 ? "east" : Dx < 0 ? "west" : "";
            return ns.Length > 0 && ew.Length > 0 ? $"{ns}-{ew}" : ns.Length + ew.Length > 0 ? ns + ew : "centre";
        }
    }
}
