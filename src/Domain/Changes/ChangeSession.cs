using System.Text.Json;
using PartyOrg.Domain.Data;
using PartyOrg.Domain.Security;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Domain.Changes;

/// <summary>
/// What one change works with: the context inside its transaction, the subtree it may touch, the rollup deltas,
/// and the events to log.
/// </summary>
public sealed class ChangeSession(PartyDbContext db, Subtree scope)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    private readonly List<PendingEvent> _events = [];

    public PartyDbContext Db { get; } = db;

    /// <summary>The subtree the change may touch; outside it, rows are treated exactly like rows that do not exist.</summary>
    public Subtree Scope { get; } = scope;

    public RollupDeltas Rollups { get; } = new(db);

    internal IReadOnlyList<PendingEvent> PendingEvents => _events;

    /// <summary>Logs an event of this change; it gets its position when the change commits.</summary>
    public void Record<TDetails>(ChangeKind kind, string villageCode, string subject, TDetails details, string? fromVillageCode = null) =>
        _events.Add(new PendingEvent(kind, villageCode, fromVillageCode, subject, JsonSerializer.Serialize(details, DetailsJson)));

    internal sealed record PendingEvent(ChangeKind Kind, string VillageCode, string? FromVillageCode, string Subject, string Details)
    {
        public ChangeEvent ToEvent(long position, DateTimeOffset committedAt) => new()
        {
            Position = position,
            Kind = Kind,
            VillageCode = VillageCode,
            FromVillageCode = FromVillageCode,
            Subject = Subject,
            Details = Details,
            CommittedAt = committedAt,
        };
    }
}
