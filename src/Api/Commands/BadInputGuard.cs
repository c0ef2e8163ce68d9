using PartyOrg.Domain.Data;

namespace PartyOrg.Api.Commands;

/// <summary>Turns bad configuration or a bad command line into one line on standard error and exit code 2.</summary>
public static class BadInputGuard
{
    public const int BadInputExitCode = 2;
    public const int InterruptedExitCode = 130;

    public static async Task<int> RunAsync(TextWriter error, Func<CancellationToken, Task<int>> main)
    {
        using var interrupt = new CancellationTokenSource();
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            interrupt.Cancel();
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            return await main(interrupt.Token);
        }
        catch (Exception e) when (e is ConfigurationException or CommandLineException)
        {
            // The message is written for the operator; a stack trace would only bury it.
            await error.WriteLineAsync($"error: {OneLine(e.Message)}");
            return BadInputExitCode;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: interrupted.");
            return InterruptedExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
