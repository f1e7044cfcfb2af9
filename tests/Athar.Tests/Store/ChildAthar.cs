using System.Diagnostics;

namespace Athar.Tests.Store;

/// <summary>
/// The real `athar` command in a child process (the build's athar.dll run by dotnet): for tests of what
/// separate processes do to one store, at once or killed midway.
/// </summary>
internal sealed class ChildAthar : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ChildAthar(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public static ChildAthar Start(params string[] args) => Start(null, args);

    /// <summary>Starts athar with these environment variables set besides the test's own.</summary>
    public static ChildAthar Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "athar.dll"));
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            info.Environment[name] = value;
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return new ChildAthar(Process.Start(info) ?? throw new InvalidOperationException("cannot start athar"));
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the end (at most the timeout) and returns the exit code and both streams.</summary>
    public (int Code, string Out, string Err) Finish(TimeSpan? timeout = null)
    {
        if (!_process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            _process.Kill();
            throw new TimeoutException("athar did not finish in time");
        }
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>SIGKILL, as `kill -9` does: the process gets no chance to clean up.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
