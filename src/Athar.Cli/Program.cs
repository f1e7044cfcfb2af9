using System.Text;
using Athar.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return CommandRunner.Run(AtharCli.CreateRoot(), args);
