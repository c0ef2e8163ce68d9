using System.Collections;
using System.Text.Json;
using PartyOrg.Api.Tests.Support;

namespace PartyOrg.Api.Tests.Security.Hostile;

/// <summary>One hostile request and the checks of what the service answers to it; <see cref="Run"/> sends and asserts.</summary>
public sealed record HostileCase(string Family, string Name, Func<HostileApiFactory, CancellationToken, Task> Run)
{
    public override string ToString() => Name;
}

/// <summary>The cases of one family, built fluently; each name is prefixed with the family.</summary>
public sealed class CaseList(string family) : IEnumerable<HostileCase>
{
    private readonly List<HostileCase> _cases = [];

    public string Family => family;

    /// <summary>The request is refused (or its field fails) with this status and code, naming these extension values.</summary>
    public CaseList Refused(string name, Func<HostileApiFactory, HttpRequestMessage> request, int status, string code, params (string Key, object Value)[] extensions) =>
        Custom(name, async (api, cancellationToken) =>
            (await api.SendAsync(request(api), cancellationToken)).AssertRefused(status, code, extensions));

    /// <summary>As <see cref="Refused"/>, then <paramref name="check"/> looks at the whole answer (a message, a header, the data beside the error).</summary>
    public CaseList Refused(string name, Func<HostileApiFactory, HttpRequestMessage> request, int status, string code, Action<Answer> check) =>
        Custom(name, async (api, cancellationToken) =>
        {
            var answer = await api.SendAsync(request(api), cancellationToken);
            answer.AssertRefused(status, code);
            check(answer);
        });

    /// <summary>The request is served without errors and <paramref name="check"/> accepts its data.</summary>
    public CaseList Answered(string name, Func<HostileApiFactory, HttpRequestMessage> request, Action<HostileApiFactory, JsonElement> check) =>
        Custom(name, async (api, cancellationToken) =>
            check(api, (await api.SendAsync(request(api), cancellationToken)).AssertAnswered()));

    /// <summary>A graphql-transport-ws exchange on a fresh socket (upgraded with the admin key); afterwards another fresh socket must still serve a query.</summary>
    public CaseList Socket(string name, Func<HostileApiFactory, GraphQLSocket, Task> exchange) =>
        Custom(name, async (api, cancellationToken) =>
        {
            await using (var client = await GraphQLSocket.OpenAsync(api))
            {
                await exchange(api, client);
            }

            await HostileSockets.AssertSocketStillServesAsync(api);
        });

    public CaseList Custom(string name, Func<HostileApiFactory, CancellationToken, Task> run)
    {
        _cases.Add(new HostileCase(family, $"{family}: {name}", run));
        return this;
    }

    public IEnumerator<HostileCase> GetEnumerator() => _cases.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
