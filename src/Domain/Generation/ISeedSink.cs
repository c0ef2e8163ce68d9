namespace PartyOrg.Domain.Generation;

/// <summary>Where generated rows go; the database sink writes them in bulk, tests may collect them.</summary>
internal interface ISeedSink
{
    ValueTask AddAsync<T>(T row, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Writes everything pending, so rows added later may reference it.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>Sets each branch's secretary once its members exist (the two rows reference each other).</summary>
    Task SetSecretariesAsync(IReadOnlyList<(long BranchId, long MemberId)> secretaries, CancellationToken cancellationToken);
}
