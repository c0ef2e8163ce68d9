using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Changes.Details;

/// <summary>
/// Turns an event's details JSON into its typed record. The member changes record the names used
/// here (<c>memberId</c>, <c>branchId</c>, …); for the others the first name is the expected one and
/// the rest are alternatives, so the details stay readable if a change records them differently.
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
            ChangeKind.BranchListedWeak => new BranchListedWeak(d.Long("branchId"), d.Int("year", "listedYear")),
            ChangeKind.RectificationCompleted => new RectificationCompleted(d.Long("branchId"), d.Int("listedYear"), d.Int("year", "rectifiedYear")),
            ChangeKind.MeetingRecorded => new MeetingRecorded(
                d.Long("branchId"), d.Long("meetingId"), d.Enum<MeetingKind>("kind", "meetingKind"), d.Date("heldOn"), d.Int("attendance")),
            ChangeKind.FirstSecretaryAssigned => new FirstSecretaryAssigned(
                d.Long("firstSecretaryId", "id"), d.String("name"), d.String("sentBy"), d.Date("startedOn")),
            ChangeKind.FirstSecretaryAssignmentEnded => new FirstSecretaryAssignmentEnded(
                d.Long("firstSecretaryId", "id"), d.String("name"), d.Date("endedOn")),
            ChangeKind.WorkTeamAssigned => new WorkTeamAssigned(
                d.Long("workTeamId", "id"), d.String("sentBy"), d.Date("startedOn"), d.Count("cadreCount", "cadres", "residentCadres")),
            ChangeKind.ServiceCenterUpdated => new ServiceCenterUpdated(
                d.Bool("hasServiceCenter"), d.Bool("serviceCenterLinkedOnline", "linkedOnline"), d.Int("annualServiceFund")),
            ChangeKind.GridsUpdated => new GridsUpdated(
                d.Count("gridCount", "grids"), d.Count("workerCount", "workers", "gridWorkers"), d.Int("fullTimeWorkerCount", "fullTimeWorkers"),
                d.Int("households")),
            ChangeKind.CommitteeElected => new CommitteeElected(
                d.Count("memberCount", "members", "committee"), d.String("secretaryName", "secretary"), d.Bool("oneShoulder", "secretaryIsChair"),
                d.Date("electedOn", "heldOn")),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A change kind without a details type."),
        };
    }
}
