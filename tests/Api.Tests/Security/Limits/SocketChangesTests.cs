using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Api.Changes;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Security.Limits;

/// <summary>Who may follow <c>changes</c> over a socket: not an anonymous one; a partner's, with the people in it pseudonymised.</summary>
public sealed partial class SocketChangesTests(AnonymousApi api) : IClassFixture<AnonymousApi>
{
    private const string Changes =
        """subscription { changes(scope: "150000") { position kind details { __typename ... on MemberAdmitted { name } } } }""";

    /// <summary>
    /// The stream is refused before it opens: one <c>next</c> carrying only the error (as graphql-ws sends a subscription
    /// whose source stream cannot be created), then <c>complete</c>, so no event can follow.
    /// </summary>
    [Fact]
    public async Task An_anonymous_socket_cannot_subscribe_to_changes()
    {
        await using var socket = await GraphQLSocket.OpenWithAuthorizationAsync(api, null);
        await socket.InitAsync();

        await socket.SubscribeAsync("changes", """subscription { changes(scope: "150000") { position } }""");
        var refusal = await socket.ReceiveMessageAsync();
        var end = await socket.ReceiveMessageAsync();

        Assert.Equal(("next", "changes"), (refusal.Type(), refusal.Id()));
        Assert.Equal(JsonValueKind.Null, refusal.Payload().GetProperty("data").ValueKind);
        var error = Assert.Single(refusal.Payload().GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.Text("extensions", "code"));
        Assert.Equal("The current user is not authorized to access this resource.", error.Text("message"));
        Assert.Equal(["changes"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(("complete", "changes"), (end.Type(), end.Id()));
    }

    [Fact]
    public async Task A_partner_socket_receives_a_change_in_its_scope_with_the_member_pseudonymised()
    {
        const string name = "伙伴测试党员";
        await using var socket = await GraphQLSocket.ConnectWithKeyAsync(api, api.Key(Role.Partner));
        var subscribers = FeedSubscribers.Count(api);
        await socket.SubscribeAsync("changes", Changes);
        await FeedSubscribers.WaitForAsync(api, subscribers + 1);
        var before = await HeadAsync();

        await AdmitAsAdminAsync(name);

        var change = Assert.Single(await socket.NextAsync("changes", 1)).GetProperty("changes");
        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), change.Text("position"));
        Assert.Equal("MEMBER_ADMITTED", change.Text("kind"));
        var pseudonym = change.Text("details", "name");
        Assert.Matches(Pseudonym(), pseudonym);
        Assert.Equal(pseudonym, await AdmittedNameAsync(api.Key(Role.Partner), before));
        Assert.Equal(name, await AdmittedNameAsync(api.Key(Role.Admin), before));
    }

    private Task<long> HeadAsync() => api.Services.GetRequiredService<ChangeStreams>().Log.HeadAsync(CancellationToken.None);

    private async Task AdmitAsAdminAsync(string name)
    {
        var branch = (await api.QueryAsAsync(api.Key(Role.Admin), "{ branches(first: 1) { nodes { id } } }"))
            .Served().GetProperty("branches").GetProperty("nodes")[0].Text("id");
        var admitted = await api.QueryAsAsync(api.Key(Role.Admin),
            "mutation($input: AdmitMemberInput!) { admitMember(input: $input) { member { id } errors { __typename } } }",
            new
            {
                input = new
                {
                    branchId = branch, name, gender = "FEMALE", ethnicity = "HAN", birthDate = "1992-04-01", joinedOn = "2024-05-01",
                    education = "BACHELOR", occupation = "WORKER",
                },
            });
        Assert.Equal(JsonValueKind.Null, admitted.Served().GetProperty("admitMember").GetProperty("errors").ValueKind);
    }

    /// <summary>The admitted member's name in the event after <paramref name="position"/>, as this key reads it over HTTP.</summary>
    private async Task<string?> AdmittedNameAsync(string key, long position)
    {
        var body = await api.QueryAsAsync(key,
            "query($after: String) { changes(scope: \"150000\", after: $after, first: 1) { nodes { details { ... on MemberAdmitted { name } } } } }",
            new { after = position.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return body.Served().GetProperty("changes").GetProperty("nodes")[0].Text("details", "name");
    }

    [GeneratedRegex("^Member-[0-9A-F]{10}$")]
    private static partial Regex Pseudonym();
}
