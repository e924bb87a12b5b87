using System.Text;
using ProfileFunctions.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await ProfilesCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
