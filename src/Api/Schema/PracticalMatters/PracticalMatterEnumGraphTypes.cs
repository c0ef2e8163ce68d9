using GraphQL.Types;
using PartyOrg.Domain.Entities;

namespace PartyOrg.Api.Schema.PracticalMatters;

public sealed class ServiceCategoryGraphType : EnumerationGraphType<ServiceCategory>
{
    public ServiceCategoryGraphType()
    {
        Name = "ServiceCategory";
        Description = "What a practical matter or a volunteer service project is about.";
        Values["ELDERLY_SERVICES"]!.Description = "Services for the elderly (为老服务).";
        Values["LEGAL_AID"]!.Description = "Legal aid (法律援助).";
        Values["PUBLIC_INTEREST_LITIGATION"]!.Description = "Public-interest litigation (公益诉讼), e.g. food safety.";
        Values["COLLECTIVE_ECONOMY"]!.Description = "The village collective economy (村集体经济).";
        Values["EMPLOYMENT"]!.Description = "Employment and skills (就业).";
        Values["MEDICAL_INSURANCE"]!.Description = "Medical insurance (医保).";
        Values["SOCIAL_INSURANCE"]!.Description = "Social insurance and pensions (社保).";
        Values["EDUCATION"]!.Description = "Education and tutoring.";
        Values["CHILD_CARE"]!.Description = "Care for children, left-behind children above all (留守儿童).";
        Values["ENVIRONMENT"]!.Description = "Living environment and sanitation (人居环境).";
        Values["INFRASTRUCTURE"]!.Description = "Roads, lights and buildings.";
        Values["SAFETY_PATROL"]!.Description = "Public safety patrols.";
        Values["CULTURE"]!.Description = "Culture and sports.";
        Values["HEALTH"]!.Description = "Health: free clinics and talks.";
    }
}

public sealed class PracticalMatterStatusGraphType : EnumerationGraphType<PracticalMatterStatus>
{
    public PracticalMatterStatusGraphType()
    {
        Name = "PracticalMatterStatus";
        Description = "Whether a practical matter is done.";
        Values["PLANNED"]!.Description = "Planned, not yet completed.";
        Values["COMPLETED"]!.Description = "Completed (办结).";
    }
}
