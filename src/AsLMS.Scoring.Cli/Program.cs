// aslms: the AsLMS.Scoring command-line tool. Commands and exit codes are described in Tool.cs and in the README.
using System.Text;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return AsLMS.Scoring.Cli.Tool.Run(args, Console.Out, Console.Error);
