using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Changes.Villages;

/// <summary>The rules village facts keep, shared by the village changes.</summary>
internal static class VillageRules
{
    public const int MaxNameLength = 64;
    public const int MaxUnitLength = 128;

    public static string Subject(string villageCode) => $"{DivisionLevels.Village.TypeName}:{villageCode}";

    /// <summary>The village, if it exists and the client read its current version (when it sent one); otherwise why not.</summary>
    public static async Task<(Village? Village, ChangeError? Refusal)> FindAsync(ChangeSession session, string code, int? version, CancellationToken cancellationToken)
    {
        var village = await session.Db.Villages.FindAsync([code], cancellationToken);
        if (village is null || !session.Scope.Contains(village.Code))
        {
            return (null, new ChangeError(ChangeErrorCode.NotFound, $"There is no village-level division {code}.", "villageCode"));
        }

        return version is null || village.Version == version
            ? (village, null)
            : (null, ChangeOutcome.Conflict<Village>($"Village {code}", version.Value, village.Version).Errors[0]);
    }

    /// <summary>A person's name (1 to 64 characters) or a sending unit's (1 to 128).</summary>
    public static ChangeError? CheckText(string? text, string what, string field, int maxLength = MaxNameLength) =>
        string.IsNullOrWhiteSpace(text) || text.Trim().Length > maxLength
            ? new ChangeError(ChangeErrorCode.Invalid, $"{what} has 1 to {maxLength} characters.", field)
            : null;

    public static ChangeError? CheckDate(DateOnly date, DateOnly today, string field) =>
        date > today ? new ChangeError(ChangeErrorCode.Invalid, $"The date {date:yyyy-MM-dd} is in the future.", field) : null;
}
