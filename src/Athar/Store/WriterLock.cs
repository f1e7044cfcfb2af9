using System.Globalization;
using Athar.Input;

namespace Athar.Store;

/// <summary>
/// The one-writer-at-a-time lock of an embedded store: a record lock on the file «STORE.lock», which names its
/// holder (process id, host, start time). The operating system drops the lock when its process ends, killed or
/// not, so a lock is never stale; the file left behind only tells who held it last. Within one process a
/// second writer of the same store is refused too (record locks do not exclude their own process).
/// </summary>
public sealed class WriterLock : IDisposable
{
    private static readonly HashSet<string> HeldHere = new(StringComparer.Ordinal);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);

    private readonly FileStream _file;
    private readonly string _path;

    private WriterLock(FileStream file, string path)
    {
        _file = file;
        _path = path;
    }

    /// <summary>The lock file of a store file.</summary>
    public static string PathFor(string storePath) => Path.GetFullPath(storePath) + ".lock";

    /// <summary>
    /// Takes the writer lock of a store. When another writer holds it: with <paramref name="wait"/>, tells
    /// <paramref name="onWaiting"/> once who holds it and waits until it is free; otherwise throws a user
    /// error naming the holder (exit code 2).
    /// </summary>
    public static WriterLock Acquire(string storePath, bool wait, Action<string>? onWaiting = null, CancellationToken cancel = default)
    {
        var told = false;
        while (true)
        {
            if (TryAcquire(storePath, out var holder) is { } taken)
                return taken;
            var message = $"{storePath} is being written by {holder}";
            if (!wait)
                throw new UserInputException($"{message}; try again when it ends (or leave out --no-wait to wait for it)");
            if (!told)
                onWaiting?.Invoke($"{message}; waiting for it to finish");
            told = true;
            cancel.WaitHandle.WaitOne(PollEvery);
            cancel.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The lock, or null with a description of its holder.</summary>
    public static WriterLock? TryAcquire(string storePath, out string holder)
    {
        var path = PathFor(storePath);
        lock (HeldHere)
        {
            if (HeldHere.Contains(path))
            {
                holder = $"this process ({Environment.ProcessId})";
                return null;
            }
            if (TryLockFile(path) is not { } file)
            {
                holder = Holder(path);
                return null;
            }
            var me = string.Create(CultureInfo.InvariantCulture,
                $"process {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z");
            file.SetLength(0);
            var bytes = System.Text.Encoding.UTF8.GetBytes(me + "\n");
            file.Write(bytes);
            file.Flush(flushToDisk: false);
            HeldHere.Add(path);
            holder = me;
            return new WriterLock(file, path);
        }
    }

    // A record lock where the system has one (others can still read who holds it), else the whole file.
    private static FileStream? TryLockFile(string path)
    {
        if (OperatingSystem.IsMacOS())
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }
        }
        var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            file.Lock(0, 1);
            return file;
        }
        catch (IOException)
        {
            file.Dispose();
            return null;
        }
    }

    // The holder writes its name right after taking the lock: a moment's wait reads it.
    private static string Holder(string path)
    {
        for (var attempt = 0; attempt < 25; attempt++)
        {
            try
            {
                using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
                var text = reader.ReadToEnd().Trim();
                if (text.Length > 0)
                    return text;
            }
            catch (IOException)
            {
                return "another process";
            }
            Thread.Sleep(20);
        }
        return "another process";
    }

    public void Dispose()
    {
        lock (HeldHere)
        {
            if (!HeldHere.Remove(_path))
                return;
            _file.Dispose(); // closing the file releases its lock
        }
    }
}
