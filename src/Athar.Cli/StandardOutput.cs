using System.Text;

namespace Athar.Cli;

/// <summary>
/// Output written as bytes as it is made (large JSON, exports): straight to the process's standard output
/// when the command writes to the console, through a buffer into the writer otherwise (tests capture a writer).
/// </summary>
internal static class StandardOutput
{
    public static T Write<T>(TextWriter stdout, Func<Stream, T> write)
    {
        if (stdout == Console.Out)
        {
            stdout.Flush();
            using var console = Console.OpenStandardOutput();
            return write(console);
        }
        using var buffer = new MemoryStream();
        var result = write(buffer);
        stdout.Write(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        return result;
    }
}
