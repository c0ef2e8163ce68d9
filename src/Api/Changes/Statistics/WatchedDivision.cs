using PartyOrg.Domain.Divisions;
using PartyOrg.Domain.Statistics;

namespace PartyOrg.Api.Changes.Statistics;

/// <summary>A division a <c>statisticsChanged</c> subscriber watches: its code, the prefix of its subtree and the division itself.</summary>
public sealed record WatchedDivision(string Code, string Prefix, IDivision Division);

/// <summary>One update of <c>statisticsChanged</c>: the division, its rollup as read when sent, and the last event that moved it.</summary>
public sealed record DivisionStatisticsChanged(IDivision Division, DivisionRollup Stats, long Position);
