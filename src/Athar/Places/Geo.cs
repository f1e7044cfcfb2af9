namespace Athar.Places;

/// <summary>Small-distance geography: good to a few hundred metres at the scales the place stage uses.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371;
    private const double KmPerDegree = Math.PI * EarthRadiusKm / 180;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }

    /// <summary>The point <paramref name="km"/> from (lat, lon) towards the direction.</summary>
    public static (double Lat, double Lon) Move(double lat, double lon, Direction direction, double km)
    {
        var norm = Math.Sqrt(direction.Dx * direction.Dx + direction.Dy * direction.Dy);
        if (norm == 0 || km == 0)
            return (lat, lon);
        var north = km * direction.Dy / norm;
        var east = km * direction.Dx / norm;
        var newLat = lat + north / KmPerDegree;
        var newLon = lon + east / (KmPerDegree * Math.Cos(lat * Math.PI / 180));
        return (Math.Round(newLat, 5), Math.Round(newLon, 5));
    }
}
