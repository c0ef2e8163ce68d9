namespace PartyOrg.Domain.Entities;

public enum Gender { Male, Female }

/// <summary>Status of a member: probation lasts one year before confirmation.</summary>
public enum MemberStatus { Full, Probationary }

/// <summary>Ethnic groups with a notable presence in the region; the rest are <see cref="Other"/>.</summary>
public enum Ethnicity { Han, Mongol, Manchu, Hui, Daur, Ewenki, Oroqen, Korean, Other }

/// <summary>Highest education completed; associate degree and above count as college-educated.</summary>
public enum Education { Primary, JuniorSecondary, SeniorSecondary, Associate, Bachelor, Postgraduate }

/// <summary>Occupation groups of the national Party statistics bulletin.</summary>
public enum Occupation
{
    Worker,
    FarmerHerder,
    ProfessionalTechnical,
    Manager,
    PartyGovernmentStaff,
    Student,
    Retiree,
    Other,
}
