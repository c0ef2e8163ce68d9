using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.Members;

public sealed class GenderGraphType : EnumerationGraphType<Gender>
{
    public GenderGraphType()
    {
        Name = "Gender";
        Description = "A person's gender as recorded.";
        Values["MALE"]!.Description = "Male.";
        Values["FEMALE"]!.Description = "Female.";
    }
}

public sealed class MemberStatusGraphType : EnumerationGraphType<MemberStatus>
{
    public MemberStatusGraphType()
    {
        Name = "MemberStatus";
        Description = "A member's standing.";
        Values["FULL"]!.Description = "A full member (正式党员).";
        Values["PROBATIONARY"]!.Description = "A probationary member (预备党员): probation lasts one year from joining.";
    }
}

public sealed class EthnicityGraphType : EnumerationGraphType<Ethnicity>
{
    public EthnicityGraphType()
    {
        Name = "Ethnicity";
        Description = "Ethnic group; the groups with a notable presence in the region are named, the rest are OTHER.";
        Values["HAN"]!.Description = "Han (汉族).";
        Values["MONGOL"]!.Description = "Mongol (蒙古族).";
        Values["MANCHU"]!.Description = "Manchu (满族).";
        Values["HUI"]!.Description = "Hui (回族).";
        Values["DAUR"]!.Description = "Daur (达斡尔族).";
        Values["EWENKI"]!.Description = "Ewenki (鄂温克族).";
        Values["OROQEN"]!.Description = "Oroqen (鄂伦春族).";
        Values["KOREAN"]!.Description = "Korean (朝鲜族).";
        Values["OTHER"]!.Description = "Another ethnic group.";
    }
}

public sealed class EducationGraphType : EnumerationGraphType<Education>
{
    public EducationGraphType()
    {
        Name = "Education";
        Description = "Highest education completed; ASSOCIATE and above count as college-educated (大专以上).";
        Values["PRIMARY"]!.Description = "Primary school or less.";
        Values["JUNIOR_SECONDARY"]!.Description = "Junior secondary school.";
        Values["SENIOR_SECONDARY"]!.Description = "Senior secondary or vocational school.";
        Values["ASSOCIATE"]!.Description = "Associate degree (大专).";
        Values["BACHELOR"]!.Description = "Bachelor's degree.";
        Values["POSTGRADUATE"]!.Description = "Master's or doctoral degree.";
    }
}

public sealed class OccupationGraphType : EnumerationGraphType<Occupation>
{
    public OccupationGraphType()
    {
        Name = "Occupation";
        Description = "Occupation groups of the national Party statistics bulletin.";
        Values["WORKER"]!.Description = "Worker.";
        Values["FARMER_HERDER"]!.Description = "Farmer, herder or fisher.";
        Values["PROFESSIONAL_TECHNICAL"]!.Description = "Professional or technical staff of enterprises and public institutions.";
        Values["MANAGER"]!.Description = "Manager of an enterprise or public institution.";
        Values["PARTY_GOVERNMENT_STAFF"]!.Description = "Staff of Party and government organs.";
        Values["STUDENT"]!.Description = "Student.";
        Values["RETIREE"]!.Description = "Retired.";
        Values["OTHER"]!.Description = "Another occupation.";
    }
}
