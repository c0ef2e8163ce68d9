using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Branches;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Changes.Villages;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>
/// The details the branch and village changes record read back as their typed details: the contract
/// between what src/Domain/Changes writes and what <c>ChangeDetails</c> shows.
/// </summary>
[Collection(ChangesCollection.Name)]
public sealed class RecordedDetailsTests(ChangesApi api)
{
    private const string Details =
        """
        query($scope: String!, $after: String) {
          changes(scope: $scope, after: $after, first: 50) {
            nodes {
              kind
              details {
                __typename
                ... on BranchCreated { branch { id } name sector foundedOn }
                ... on MemberAdmitted { memberId branch { id } name joinedOn }
                ... on BranchRated { branch { id } rating year previousRating }
                ... on BranchListedWeak { branch { id } year }
                ... on RectificationCompleted { branch { id } listedYear year }
                ... on MeetingRecorded { branch { id } kind heldOn attendance }
                ... on FirstSecretaryAssigned { name sentBy startedOn }
                ... on FirstSecretaryAssignmentEnded { endedOn }
                ... on WorkTeamAssigned { sentBy startedOn cadres }
                ... on ServiceCenterUpdated { hasServiceCenter linkedOnline }
                ... on GridsUpdated { gridCount workerCount households }
              }
            }
          }
        }
        """;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Branch_changes_read_back_with_every_value_they_record()
    {
        var village = (await api.NextBranchAsync()).VillageCode;
        var head = await api.HeadAsync();
        var branch = Done(await Service<BranchChanges>().CreateAsync(new CreateBranch("测试机关党支部", BranchSector.Government, village, new DateOnly(2020, 3, 1)), Subtree.Everything, default));
        Done(await Service<MemberChanges>().AdmitAsync(
            new AdmitMember(branch.Id, "其其格", Gender.Female, Ethnicity.Mongol, new DateOnly(1990, 1, 1), new DateOnly(2021, 1, 1), Education.Bachelor, Occupation.Worker, null),
            Subtree.Everything, default));
        var ratings = Service<BranchRatings>();
        branch = Done(await ratings.RateAsync(new RateBranch(branch.Id, branch.Version, BranchRating.Strongest, Today.Year - 1), Subtree.Everything, default));
        branch = Done(await ratings.ListWeakAsync(new ListWeakBranch(branch.Id, branch.Version, Today.Year), Subtree.Everything, default));
        Done(await ratings.CompleteRectificationAsync(new CompleteRectification(branch.Id, branch.Version, Today.Year), Subtree.Everything, default));
        Done(await Service<BranchChanges>().RecordMeetingAsync(new RecordMeeting(branch.Id, MeetingKind.PartyLecture, Today, 1), Subtree.Everything, default));

        var details = await DetailsAsync(village, head);

        var id = PartyOrg.Api.Schema.Common.NodeId.Encode("Branch", branch.Id);
        Assert.Equal(["BranchCreated", "MemberAdmitted", "BranchRated", "BranchListedWeak", "RectificationCompleted", "MeetingRecorded"],
            details.Select(d => d.GetProperty("__typename").GetString()));
        Assert.Equal("""{"__typename":"BranchCreated","branch":{"id":"ID"},"name":"测试机关党支部","sector":"GOVERNMENT","foundedOn":"2020-03-01"}""".Replace("ID", id, StringComparison.Ordinal), Json(details[0]));
        Assert.Equal($$"""{"__typename":"BranchRated","branch":{"id":"{{id}}"},"rating":"STRONGEST","year":{{Today.Year - 1}},"previousRating":"STANDARD"}""", Json(details[2]));
        Assert.Equal($$"""{"__typename":"BranchListedWeak","branch":{"id":"{{id}}"},"year":{{Today.Year}}}""", Json(details[3]));
        Assert.Equal($$"""{"__typename":"RectificationCompleted","branch":{"id":"{{id}}"},"listedYear":{{Today.Year}},"year":{{Today.Year}}}""", Json(details[4]));
        Assert.Equal($$"""{"__typename":"MeetingRecorded","branch":{"id":"{{id}}"},"kind":"PARTY_LECTURE","heldOn":"{{Today:yyyy-MM-dd}}","attendance":1}""", Json(details[5]));
    }

    [Fact]
    public async Task Village_changes_read_back_with_every_value_they_record()
    {
        var code = await FreeVillageAsync();
        var head = await api.HeadAsync();
        var assignments = Service<VillageAssignments>();
        Done(await assignments.AssignFirstSecretaryAsync(new AssignFirstSecretary(code, "乌云", "自治区党委组织部", Today.AddDays(-10)), Subtree.Everything, default));
        Done(await assignments.EndFirstSecretaryAssignmentAsync(new EndFirstSecretaryAssignment(code, Today), Subtree.Everything, default));
        Done(await assignments.AssignWorkTeamAsync(new AssignWorkTeam(code, "旗委组织部", Today.AddDays(-5), ["巴特尔", "高娃"]), Subtree.Everything, default));
        var facts = Service<VillageFactChanges>();
        var village = Done(await facts.UpdateServiceCenterAsync(new UpdateServiceCenter(code, await VersionAsync(code), true, true), Subtree.Everything, default));
        Done(await facts.UpdateGridsAsync(new UpdateGrids(code, village.Version, [new GridInput(120, [new GridWorkerInput("王芳", true), new GridWorkerInput("李强", false)])]),
            Subtree.Everything, default));

        var details = (await DetailsAsync(code, head)).Select(Json).ToList();

        Assert.Equal(
        [
            $$"""{"__typename":"FirstSecretaryAssigned","name":"乌云","sentBy":"自治区党委组织部","startedOn":"{{Today.AddDays(-10):yyyy-MM-dd}}"}""",
            $$"""{"__typename":"FirstSecretaryAssignmentEnded","endedOn":"{{Today:yyyy-MM-dd}}"}""",
            $$"""{"__typename":"WorkTeamAssigned","sentBy":"旗委组织部","startedOn":"{{Today.AddDays(-5):yyyy-MM-dd}}","cadres":["巴特尔","高娃"]}""",
            """{"__typename":"ServiceCenterUpdated","hasServiceCenter":true,"linkedOnline":true}""",
            """{"__typename":"GridsUpdated","gridCount":1,"workerCount":2,"households":120}""",
        ], details);
    }

    private T Service<T>()
        where T : class => ActivatorUtilities.GetServiceOrCreateInstance<T>(api.Services);

    private static T Done<T>(ChangeOutcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    private async Task<List<JsonElement>> DetailsAsync(string scope, long after)
    {
        var body = await api.QueryAsync(Details, new { scope, after = ChangesApi.Text(after) });
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return [.. body.GetProperty("data").GetProperty("changes").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("details"))];
    }

    private static string Json(JsonElement element) => JsonSerializer.Serialize(element, Readable);

    /// <summary>A village of a branch no other test used, with no first secretary serving and no work team stationed.</summary>
    private async Task<string> FreeVillageAsync()
    {
        await using var db = api.OpenDatabase();
        while (true)
        {
            var code = (await api.NextBranchAsync()).VillageCode;
            if (!await db.FirstSecretaries.AnyAsync(f => f.VillageCode == code && f.EndedOn == null) &&
                !await db.WorkTeams.AnyAsync(w => w.VillageCode == code && w.EndedOn == null))
            {
                return code;
            }
        }
    }

    private async Task<int> VersionAsync(string code)
    {
        await using var db = api.OpenDatabase();
        return await db.Villages.Where(v => v.Code == code).Select(v => v.Version).SingleAsync();
    }
}
