using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Changes.Details;

/// <summary>
/// Turns an event's details JSON into its typed record. The first name read is the one the change
/// records (src/Domain/Changes/**); where one follows, it is an alternative, so details stay readable
/// if a change ever records them under another name.
/// </summary>
public static class ChangeDetailsParser
{
    public static ChangeDetails Parse(ChangeKind kind, string json)
    {
        var d = new DetailsReader(json);
        return kind switch
        {
            ChangeKind.MemberAdmitted => new MemberAdmitted(d.Long("memberId"), d.Long("branchId"), d.String("name"), d.Date("joinedOn")),
            ChangeKind.MemberConfirmed => new MemberConfirmed(d.Long("memberId"), d.Date("confirmedOn")),
            ChangeKind.MemberTransferred => new MemberTransferred(d.Long("memberId"), d.Long("fromBranchId"), d.Long("toBranchId")),
            ChangeKind.MemberExited => new MemberExited(d.Long("memberId"), d.Long("branchId"), d.Enum<MemberExitReason>("reason"), d.Date("exitedOn")),
            ChangeKind.MemberUpdated => new MemberUpdated(
                d.Long("memberId"), d.String("name"), d.Enum<Education>("education"), d.Enum<Occupation>("occupation"),
                d.Bool("isRetired"), d.String("registeredCommunityCode")),
            ChangeKind.BranchCreated => new BranchCreated(d.Long("branchId", "id"), d.String("name"), d.Enum<BranchSector>("sector"), d.Date("foundedOn")),
            ChangeKind.SecretaryAppointed => new SecretaryAppointed(
                d.Long("branchId"), d.Long("memberId", "secretaryId"), d.Long("previousSecretaryId", "formerSecretaryId")),
            ChangeKind.BranchRated => new BranchRated(
                d.Long("branchId"), d.Enum<BranchRating>("rating"), d.Int("year", "ratedYear"), d.Enum<BranchRating>("previousRating", "fromRating")),
            ChangeKind.BranchListedWeak => new BranchListedWeak(d.Long("branchId"), d.Int("listedYear", "year")),
            ChangeKind.RectificationCompleted => new RectificationCompleted(d.Long("branchId"), d.Int("listedYear"), d.Int("rectifiedYear", "year")),
            ChangeKind.MeetingRecorded => new MeetingRecorded(
                d.Long("branchId"), d.Long("meetingId"), d.Enum<MeetingKind>("kind", "meetingKind"), d.Date("heldOn"), d.Int("attendance")),
            ChangeKind.FirstSecretaryAssigned => new FirstSecretaryAssigned(
                d.Long("firstSecretaryId", "id"), d.String("name"), d.String("sentBy"), d.Date("startedOn")),
            ChangeKind.FirstSecretaryAssignmentEnded => new FirstSecretaryAssignmentEnded(
                d.Long("firstSecretaryId", "id"), d.String("name"), d.Date("endedOn")),
            ChangeKind.WorkTeamAssigned => new WorkTeamAssigned(
                d.Long("workTeamId", "id"), d.String("sentBy"), d.Date("startedOn"), d.Strings("cadres", "cadreNames")),
            ChangeKind.ServiceCenterUpdated => new ServiceCenterUpdated(
                d.Bool("hasServiceCenter"), d.Bool("linkedOnline", "serviceCenterLinkedOnline"), d.Int("annualServiceFund")),
            ChangeKind.GridsUpdated => new GridsUpdated(
                d.Count("grids", "gridCount"), d.Count("gridWorkers", "workerCount"), d.Int("fullTimeWorkers", "fullTimeWorkerCount"), d.Int("households")),
            ChangeKind.CommitteeElected => new CommitteeElected(
                d.Count("members", "memberCount"), d.String("secretary", "secretaryName"), d.String("chair", "chairName"), d.Bool("oneShoulder")),
            _ => PublicServiceDetailsParser.Parse(kind, d) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "A change kind without a details type."),
        };
    }
}
