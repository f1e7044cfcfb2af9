using Athar.Places;

namespace Athar.Cli;

/// <summary>
/// Which gazetteer the commands use: the built-in one plus the user's local file (`athar gazetteer import`) when
/// there is one. The library never reads the environment; the CLI does, here only. The local file's folder:
/// $ATHAR_GAZETTEER, else $XDG_DATA_HOME/athar, else the platform's local application data folder + athar
/// (~/.local/share/athar on Linux).
/// </summary>
public static class CliGazetteer
{
    public const string EnvironmentVariable = "ATHAR_GAZETTEER";

    public static string DefaultDirectory() => DefaultDirectory(Environment.GetEnvironmentVariable);

    /// <summary>The folder given these environment variables (a function, so the rule is testable).</summary>
    public static string DefaultDirectory(Func<string, string?> environment)
    {
        if (environment(EnvironmentVariable) is { Length: > 0 } dir)
            return dir;
        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg)
            return Path.Combine(xdg, "athar");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "athar");
    }

    /// <summary>The local gazetteer file, or null when the user has none.</summary>
    public static string? LocalFile() => LocalGazetteer.PathIn(DefaultDirectory()) is var path && File.Exists(path) ? path : null;

    /// <summary>The gazetteer to analyse with; says on stderr which local file it adds, so a result is never silently moved.</summary>
    public static Gazetteer Load(TextWriter stderr)
    {
        var gazetteer = LocalGazetteer.WithBuiltIn(LocalFile());
        if (gazetteer.Local is { } local)
            stderr.WriteLine($"gazetteer: built-in + {local}");
        return gazetteer;
    }

    /// <summary>For a store or server: finds the file now, loads the gazetteer only when a place filter needs it.</summary>
    public static Func<Gazetteer> Later()
    {
        var path = LocalFile();
        var gazetteer = new Lazy<Gazetteer>(() => LocalGazetteer.WithBuiltIn(path));
        return () => gazetteer.Value;
    }
}
