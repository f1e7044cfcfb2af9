namespace Athar.Events;

/// <summary>Great-circle distance (haversine, mean Earth radius), as the evaluation scorer computes it.</summary>
public static class Geo
{
    public const double EarthRadiusKm = 6371;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
