using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// The last twelve months of "three meetings and one lesson" and themed Party days: a members'
/// meeting and a Party lecture each quarter, committee meetings where the branch is large enough
/// to have a committee, group meetings in large branches, and themed Party days.
/// </summary>
internal sealed class MeetingGenerator(IReadOnlyList<GeneratedBranch> branches, int seed, DateOnly asOf)
{
    private const int CommitteeThreshold = 7;
    private const int GroupThreshold = 15;

    public async Task WriteAsync(ISeedSink sink, CancellationToken cancellationToken)
    {
        var random = new SeededRandom(seed, "meetings");
        long id = 0;
        foreach (var generated in branches)
        {
            var size = generated.Size;
            foreach (var (kind, perYear) in Schedule(size))
            {
                for (var k = 0; k < perYear; k++)
                {
                    // One meeting in each equal slice of the past year, on a random day of that slice.
                    var slice = 365 / perYear;
                    var daysAgo = (k * slice) + random.Between(1, slice);
                    var attendance = kind == MeetingKind.CommitteeMeeting
                        ? Math.Min(size, random.Between(3, 7))
                        : Math.Max(1, (int)Math.Round(size * (0.65 + (0.35 * random.NextDouble()))));
                    await sink.AddAsync(new Meeting
                    {
                        Id = ++id,
                        BranchId = generated.Branch.Id,
                        Kind = kind,
                        HeldOn = asOf.AddDays(-daysAgo),
                        Attendance = attendance,
                    }, cancellationToken);
                }
            }
        }

        await sink.FlushAsync(cancellationToken);
    }

    private static IEnumerable<(MeetingKind Kind, int PerYear)> Schedule(int size)
    {
        yield return (MeetingKind.MembersMeeting, 4);
        yield return (MeetingKind.PartyLecture, 4);
        yield return (MeetingKind.ThemedPartyDay, 2);
        if (size >= CommitteeThreshold)
        {
            yield return (MeetingKind.CommitteeMeeting, 4);
        }

        if (size >= GroupThreshold)
        {
            yield return (MeetingKind.GroupMeeting, 2);
        }
    }
}
