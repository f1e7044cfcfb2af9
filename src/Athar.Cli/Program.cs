using System.Text;
using Athar.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var code = CommandRunner.Run(AtharCli.CreateRoot(), args);
if (Environment.GetEnvironmentVariable(PeakMemory.Variable) == "1")
    Console.Error.WriteLine(PeakMemory.Line());
return code;
