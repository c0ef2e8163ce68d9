using PartyOrg.Api.Changes.Details;
using PartyOrg.Domain.Changes;
using PartyOrg.Domain.Changes.Members;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Tests.Changes;

/// <summary>The details JSON of each kind parses into its typed record, tolerating what an event did not record.</summary>
public sealed class ChangeDetailsParserTests
{
    public static TheoryData<ChangeKind> Kinds => [.. Enum.GetValues<ChangeKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_details_type_even_for_empty_details(ChangeKind kind)
    {
        var details = ChangeDetailsParser.Parse(kind, "{}");

        Assert.Equal(kind.ToString(), details.GetType().Name);
    }

    [Fact]
    public void A_transfer_reads_what_the_member_change_records()
    {
        var details = ChangeDetailsParser.Parse(ChangeKind.MemberTransferred,
            """{"memberId":7,"fromBranchId":3,"toBranchId":9,"fromVillageCode":"150102001001","toVillageCode":"152201001001"}""");

        Assert.Equal(new MemberTransferred(7, 3, 9), details);
    }

    [Fact]
    public void Enums_read_as_the_numbers_the_log_writes_or_as_names()
    {
        var numbers = ChangeDetailsParser.Parse(ChangeKind.MemberUpdated, """{"memberId":1,"education":4,"occupation":1,"isRetired":false}""");
        var names = ChangeDetailsParser.Parse(ChangeKind.MemberExited, """{"memberId":1,"reason":"LEFT_COUNTRY","exitedOn":"2025-01-31"}""");

        Assert.Equal(new MemberUpdated(1, null, Education.Bachelor, Occupation.FarmerHerder, false, null), numbers);
        Assert.Equal(new MemberExited(1, null, MemberExitReason.LeftCountry, new DateOnly(2025, 1, 31)), names);
    }

    [Fact]
    public void Values_of_the_wrong_type_and_unknown_enum_values_read_as_missing()
    {
        var details = ChangeDetailsParser.Parse(ChangeKind.BranchRated, """{"branchId":"x","rating":42,"year":"2024"}""");

        Assert.Equal(new BranchRated(null, null, 2024, null), details);
    }

    [Fact]
    public void Details_that_are_not_json_read_as_empty()
    {
        var details = ChangeDetailsParser.Parse(ChangeKind.MemberAdmitted, "not json");

        Assert.Equal(new MemberAdmitted(null, null, null, null), details);
    }

    [Fact]
    public void Counts_read_a_number_or_the_length_of_a_list()
    {
        var counted = ChangeDetailsParser.Parse(ChangeKind.GridsUpdated, """{"grids":[{"number":1},{"number":2}],"gridWorkers":5}""");

        Assert.Equal(new GridsUpdated(2, 5, null, null), counted);
    }
}
