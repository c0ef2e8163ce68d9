using Microsoft.EntityFrameworkCore;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Entities;
using PartyOrg.Domain.Security;

namespace PartyOrg.Domain.Changes.PublicService;

/// <summary>Volunteer service projects: a community offers one, an in-service member registered with it claims it.</summary>
public sealed class ServiceProjectChanges(ChangeRunner runner, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<ChangeOutcome<ServiceProject>> OfferAsync(OfferServiceProject input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var kind = await db.Villages.Where(v => v.Code == input.CommunityCode).Select(v => (VillageKind?)v.Kind).SingleOrDefaultAsync(ct);
            if (kind is null || !session.Scope.Contains(input.CommunityCode))
            {
                return ChangeOutcome.NotFound<ServiceProject>($"There is no village-level division {Shown(input.CommunityCode)}.", "communityCode");
            }

            if (kind != VillageKind.Community)
            {
                return ChangeOutcome.Invalid<ServiceProject>($"{input.CommunityCode} is a {kind}, not a community: in-service members report to communities.", "communityCode");
            }

            var refusal = PublicServiceRules.CheckText(input.Title, PublicServiceLimits.MaxTitleLength, "title");
            if (refusal is not null)
            {
                return ChangeOutcome.Failure<ServiceProject>(refusal);
            }

            var project = new ServiceProject
            {
                Id = (await db.ServiceProjects.MaxAsync(p => (long?)p.Id, ct) ?? 0) + 1,
                CommunityCode = input.CommunityCode,
                Title = input.Title.Trim(),
                Category = input.Category,
                PostedOn = Today,
            };
            db.ServiceProjects.Add(project);
            await session.Rollups.ServiceProjectAsync(project, 1, ct);
            session.Record(ChangeKind.ServiceProjectOffered, project.CommunityCode, PublicServiceRules.Subject(NodeTypes.ServiceProject, project.Id),
                new { ProjectId = project.Id, project.Title, project.Category, project.PostedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(project);
        }, cancellationToken);

    public Task<ChangeOutcome<ServiceProject>> ClaimAsync(ClaimServiceProject input, Subtree scope, CancellationToken cancellationToken) =>
        runner.RunAsync(scope, async (session, ct) =>
        {
            var db = session.Db;
            var project = await db.ServiceProjects.FindAsync([input.ProjectId], ct);
            if (project is null || !session.Scope.Contains(project.CommunityCode))
            {
                return ChangeOutcome.NotFound<ServiceProject>($"There is no service project {input.ProjectId}.", "projectId");
            }

            var member = await db.Members.FindAsync([input.MemberId], ct);
            if (member is null || !session.Scope.Contains(member.VillageCode))
            {
                return ChangeOutcome.NotFound<ServiceProject>($"There is no member {input.MemberId}.", "memberId");
            }

            if (project.Version != input.Version)
            {
                return ChangeOutcome.Conflict<ServiceProject>($"Service project {project.Id}", input.Version, project.Version);
            }

            var problem = project.ClaimedByMemberId is { } claimant ? ($"Service project {project.Id} was already claimed on {project.ClaimedOn:yyyy-MM-dd}{(claimant == member.Id ? " by this member" : "")}.", "projectId")
                : member.RegisteredCommunityCode != project.CommunityCode ? ($"Member {member.Id} is not registered with community {project.CommunityCode}; members claim the projects of the community they report to.", "memberId")
                : default((string, string)?);
            if (problem is var (message, field))
            {
                return ChangeOutcome.Invalid<ServiceProject>(message, field);
            }

            await session.Rollups.ServiceProjectAsync(project, -1, ct);
            project.ClaimedByMemberId = member.Id;
            project.ClaimantBranchId = member.BranchId;
            project.ClaimedOn = Today;
            project.Version++;
            await session.Rollups.ServiceProjectAsync(project, 1, ct);
            session.Record(ChangeKind.ServiceProjectClaimed, project.CommunityCode, PublicServiceRules.Subject(NodeTypes.ServiceProject, project.Id),
                new { ProjectId = project.Id, MemberId = member.Id, BranchId = member.BranchId, project.ClaimedOn });
            await db.SaveChangesAsync(ct);
            return ChangeOutcome.Success(project);
        }, cancellationToken);

    private static string Shown(string? code) => code is null ? "" : code.Length > 20 ? code[..20] : code;
}
