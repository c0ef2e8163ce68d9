using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using PartyOrg.Api.Commands;
using PartyOrg.Api.Tests.Changes;
using PartyOrg.Api.Tests.Transport.Webhooks;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Docs;

/// <summary>
/// The README's webhook receiver, run as printed by Node (which the front-end build needs anyway) on a free loopback
/// port: it accepts what the service signs and refuses a body that does not match its signature.
/// </summary>
public sealed partial class ReadmeReceiverTests(WebhookApi api) : IClassFixture<WebhookApi>
{
    private const string Changes = "subscription($scope: String!) { changes(scope: $scope) { position kind village { name } } }";

    [Fact]
    public async Task The_readme_receiver_accepts_signed_events_and_refuses_a_tampered_body()
    {
        var port = FreePort();
        var branch = await api.NextBranchAsync();
        var (_, secret) = await api.CreateWebhookAsync(api.Key(Role.Partner), $"http://127.0.0.1:{port}/hook", Changes, new { scope = branch.VillageCode });
        using var receiver = StartReceiver(port, secret);
        var head = await api.HeadAsync();

        await api.AdmitAsync(branch);
        var logged = await receiver.FirstLineAsync();
        using var client = new HttpClient();
        using var forged = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/hook")
        {
            Content = new StringContent("{\"data\":{\"changes\":{\"position\":\"1\"}}}", Encoding.UTF8, "application/json"),
        };
        forged.Headers.Add("webhook-id", "1");
        forged.Headers.Add("webhook-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        forged.Headers.Add("webhook-signature", "v1," + Convert.ToBase64String(new byte[32]));
        using var refused = await client.SendAsync(forged);

        Assert.StartsWith(ChangesApi.Text(head + 1) + " ", logged, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static NodeReceiver StartReceiver(int port, string secret)
    {
        var root = RepositoryRoot.Find(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Api.sln not found above the test folder.");
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var script = ReceiverExample().Match(readme) is { Success: true } match
            ? match.Groups["script"].Value
            : throw new InvalidOperationException("The README's Webhooks section shows no ```js receiver.");
        Assert.Contains(".listen(8443);", script, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("readme-receiver-");
        var file = Path.Combine(folder.FullName, "receiver.mjs");
        File.WriteAllText(file, script.Replace(".listen(8443);", $".listen({port}, \"127.0.0.1\");", StringComparison.Ordinal));
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(file);
        start.Environment["WEBHOOK_SECRET"] = secret;
        return new NodeReceiver(Process.Start(start) ?? throw new InvalidOperationException("node did not start."), folder);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("### Webhooks.*?```js\\n(?<script>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReceiverExample();

    private sealed class NodeReceiver(Process process, DirectoryInfo folder) : IDisposable
    {
        /// <summary>The first line the receiver logs (a delivery it accepted), or a failure with what it wrote to stderr.</summary>
        public async Task<string> FirstLineAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                return await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The receiver exited: {await process.StandardError.ReadToEndAsync()}");
            }
            catch (OperationCanceledException e)
            {
                throw new InvalidOperationException("The receiver logged no accepted delivery within 30 s.", e);
            }
        }

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            process.Dispose();
            folder.Delete(recursive: true);
        }
    }
}
