using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyOrg.Api.Schema.Common;
using PartyOrg.Api.Tests.Support;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Security.Access;

/// <summary>
/// One committed change of every kind, made over HTTP with the factory's admin key on rows picked from the demo
/// data, so the change log holds an event of every kind (and each details type has an instance).
/// </summary>
public sealed class DemoChanges(ApiFactory api)
{
    private static readonly string[] Cadres = ["驻村甲", "驻村乙"];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task MakeOneOfEachKindAsync()
    {
        await using var db = api.OpenDatabase();
        var branches = await db.Branches.AsNoTracking().Where(b => b.Rating != BranchRating.Weak).OrderBy(b => b.Id).Take(40).ToListAsync();
        var (home, other) = (branches[0], branches[1]);

        var admitted = await MutateAsync("admitMember", "AdmitMemberInput", "member { id version }", new
        {
            branchId = Id(home), name = "矩阵党员", gender = "FEMALE", ethnicity = "MONGOL", birthDate = "1990-05-01", joinedOn = "2024-07-01",
            education = "BACHELOR", occupation = "WORKER",
        });
        var memberId = admitted.GetProperty("member").GetProperty("id").GetString()!;
        var moved = await MutateAsync("transferMember", "TransferMemberInput", "member { version }", new { memberId, version = Version(admitted), toBranchId = Id(other) });
        await MutateAsync("updateMember", "UpdateMemberInput", "member { version }", new { memberId, version = Version(moved), name = "矩阵党员乙" });
        await MutateAsync("recordMemberExit", "RecordMemberExitInput", "member { id }", new { memberId, version = Version(moved) + 1, reason = "WITHDREW", exitedOn = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

        var probationer = await db.Members.AsNoTracking().Where(m => m.Status == MemberStatus.Probationary).OrderBy(m => m.JoinedOn).FirstAsync();
        await MutateAsync("confirmMember", "ConfirmMemberInput", "member { id }", new
        {
            memberId = NodeId.Encode("Member", probationer.Id), version = probationer.Version, confirmedOn = probationer.JoinedOn.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        var village = await db.Villages.AsNoTracking().Where(v => v.Kind == VillageKind.Village).OrderBy(v => v.Code).FirstAsync();
        await MutateAsync("createBranch", "CreateBranchInput", "branch { id }", new { name = "矩阵党支部", sector = "RURAL", villageCode = village.Code, foundedOn = "2020-05-01" });

        var candidate = await (from m in db.Members
                               join b in db.Branches on m.BranchId equals b.Id
                               where m.Status == MemberStatus.Full && b.SecretaryId != m.Id && b.Rating != BranchRating.Weak
                               orderby b.Id descending
                               select new { Member = m.Id, Branch = b.Id, b.Version }).FirstAsync();
        await MutateAsync("appointSecretary", "AppointSecretaryInput", "branch { id }", new
        {
            branchId = NodeId.Encode("Branch", candidate.Branch), version = candidate.Version, memberId = NodeId.Encode("Member", candidate.Member),
        });

        var (rated, listed) = (branches[2], branches[3]);
        await MutateAsync("rateBranch", "RateBranchInput", "branch { id }", new { branchId = Id(rated), version = rated.Version, rating = "STRONGEST", year = Today.Year });
        await MutateAsync("listWeakBranch", "ListWeakBranchInput", "branch { id }", new { branchId = Id(listed), version = listed.Version, year = Today.Year });
        await MutateAsync("completeRectification", "CompleteRectificationInput", "branch { id }", new { branchId = Id(listed), version = listed.Version + 1, year = Today.Year });

        var cutoff = Today.AddDays(-30);
        var meetingBranch = await db.Branches.AsNoTracking().Where(b => b.FoundedOn < cutoff && db.Members.Any(m => m.BranchId == b.Id)).OrderBy(b => b.Id).FirstAsync();
        await MutateAsync("recordMeeting", "RecordMeetingInput", "meeting { kind }", new
        {
            branchId = Id(meetingBranch), kind = "PARTY_LECTURE", heldOn = Today.AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), attendance = 1,
        });

        await VillageChangesAsync(db);
        await PublicServiceChangesAsync(db, home);
    }

    private async Task PublicServiceChangesAsync(PartyOrg.Domain.Data.PartyDbContext db, Branch home)
    {
        var planned = Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var list = await MutateAsync("createPracticalMatterList", "CreatePracticalMatterListInput", "list { id }", new { branchId = Id(home), title = "矩阵清单", year = Today.Year, isPublished = true });
        var listId = list.GetProperty("list").GetProperty("id").GetString()!;
        var matter = await MutateAsync("createPracticalMatter", "CreatePracticalMatterInput", "practicalMatter { id version }", new { listId, title = "矩阵实事", category = "HEALTH", plannedOn = planned });
        await MutateAsync("completePracticalMatter", "CompletePracticalMatterInput", "practicalMatter { id }", new
        {
            matterId = matter.GetProperty("practicalMatter").GetProperty("id").GetString(), version = matter.GetProperty("practicalMatter").GetProperty("version").GetInt32(),
            completedOn = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        var suggestions = new List<JsonElement>();
        foreach (var text in new[] { "矩阵建议甲", "矩阵建议乙", "矩阵建议丙" })
        {
            var submitted = await MutateAsync("submitSuggestion", "SubmitSuggestionInput", "suggestion { id version }", new { divisionCode = home.VillageCode, text });
            suggestions.Add(submitted.GetProperty("suggestion"));
        }

        await MutateAsync("answerSuggestion", "AnswerSuggestionInput", "suggestion { id }", new { suggestionId = suggestions[0].GetProperty("id").GetString(), version = suggestions[0].GetProperty("version").GetInt32(), response = "已答复" });
        await MutateAsync("declineSuggestion", "DeclineSuggestionInput", "suggestion { id }", new { suggestionId = suggestions[1].GetProperty("id").GetString(), version = suggestions[1].GetProperty("version").GetInt32(), response = "不予采纳" });
        await MutateAsync("adoptSuggestion", "AdoptSuggestionInput", "practicalMatter { id }", new
        {
            suggestionId = suggestions[2].GetProperty("id").GetString(), version = suggestions[2].GetProperty("version").GetInt32(), listId, title = "矩阵采纳", category = "HEALTH", plannedOn = planned,
        });

        var volunteer = await db.Members.AsNoTracking().Where(m => m.RegisteredCommunityCode != null).OrderBy(m => m.Id).FirstAsync();
        var project = await MutateAsync("offerServiceProject", "OfferServiceProjectInput", "serviceProject { id version }", new { communityCode = volunteer.RegisteredCommunityCode, title = "矩阵项目", category = "HEALTH" });
        await MutateAsync("claimServiceProject", "ClaimServiceProjectInput", "serviceProject { id }", new
        {
            projectId = project.GetProperty("serviceProject").GetProperty("id").GetString(), version = project.GetProperty("serviceProject").GetProperty("version").GetInt32(),
            memberId = NodeId.Encode("Member", volunteer.Id),
        });
    }

    private async Task VillageChangesAsync(PartyOrg.Domain.Data.PartyDbContext db)
    {
        var serving = db.FirstSecretaries.Where(f => f.EndedOn == null).Select(f => f.VillageCode);
        var stationed = db.WorkTeams.Where(w => w.EndedOn == null).Select(w => w.VillageCode);
        var free = await db.Villages.AsNoTracking().Where(v => !serving.Contains(v.Code) && !stationed.Contains(v.Code)).OrderBy(v => v.Code).Take(4).ToListAsync();
        var today = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        await MutateAsync("assignFirstSecretary", "AssignFirstSecretaryInput", "firstSecretary { sentBy }", new { villageCode = free[0].Code, name = "矩阵书记", sentBy = "自治区党委组织部", startedOn = today });
        await MutateAsync("endFirstSecretaryAssignment", "EndFirstSecretaryAssignmentInput", "firstSecretary { sentBy }", new { villageCode = free[0].Code, endedOn = today });
        await MutateAsync("assignWorkTeam", "AssignWorkTeamInput", "workTeam { sentBy }", new { villageCode = free[0].Code, sentBy = "自治区党委组织部", startedOn = today, cadreNames = Cadres });
        await MutateAsync("updateServiceCenter", "UpdateServiceCenterInput", "village { code }", new { villageCode = free[1].Code, version = free[1].Version, hasServiceCenter = true, linkedOnline = true });
        await MutateAsync("updateGrids", "UpdateGridsInput", "village { code }", new
        {
            villageCode = free[2].Code, version = free[2].Version, grids = new[] { new { households = 40, workers = new[] { new { name = "网格员甲", fullTime = true } } } },
        });
        object Member(string name, bool secretary) => new
        {
            name, gender = "MALE", education = secretary ? "BACHELOR" : "SENIOR_SECONDARY", source = "OTHER",
            onPartyCommittee = true, onResidentsCommittee = true, isPartySecretary = secretary, isChair = secretary,
        };
        await MutateAsync("electCommittee", "ElectCommitteeInput", "village { code }", new
        {
            villageCode = free[3].Code, version = free[3].Version, members = new[] { Member("矩阵主任", true), Member("矩阵委员甲", false), Member("矩阵委员乙", false) },
        });
    }

    private async Task<JsonElement> MutateAsync(string field, string inputType, string selection, object input)
    {
        var body = await api.QueryAsync($"mutation($input: {inputType}!) {{ {field}(input: $input) {{ {selection} errors {{ ... on Error {{ message }} }} }} }}", new { input });
        Assert.False(body.TryGetProperty("errors", out var errors), $"{field}: {errors}");
        var payload = body.GetProperty("data").GetProperty(field);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"{field} was refused: {payload}");
        return payload;
    }

    private static string Id(Branch branch) => NodeId.Encode("Branch", branch.Id);

    private static int Version(JsonElement payload) => payload.GetProperty("member").GetProperty("version").GetInt32();
}
