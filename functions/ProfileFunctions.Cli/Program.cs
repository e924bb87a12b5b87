using System.Runtime.InteropServices;
using System.Text;
using ProfileFunctions.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// `kill`, a service manager or a container stop sends SIGTERM: stop as on Ctrl+C (Azurite shut down, servers closed)
// rather than leave it to the web hosts the serving commands start, which would only stop themselves.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

return await ProfilesCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
