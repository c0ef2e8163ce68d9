using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>
/// The 19 services handled through one network (一网通办). The article names three groups (社保医保、疫情防控、人才就业)
/// and the count; the services in each group are the ones such platforms list (docs/calibration.md).
/// </summary>
public static class OneNetworkServices
{
    public static IReadOnlyList<OneNetworkService> All { get; } =
    [
        Service(1, "社会保险参保登记", "Social insurance enrolment", "人力资源和社会保障"),
        Service(2, "养老保险待遇资格认证", "Pension eligibility certification", "人力资源和社会保障"),
        Service(3, "社会保障卡申领", "Social security card application", "人力资源和社会保障"),
        Service(4, "医疗保险参保缴费", "Medical insurance contributions", "医疗保障"),
        Service(5, "异地就医备案", "Registration for treatment in another region", "医疗保障"),
        Service(6, "医疗费用报销查询", "Medical reimbursement enquiry", "医疗保障"),
        Service(7, "疫苗接种预约", "Vaccination appointments", "卫生健康"),
        Service(8, "核酸检测结果查询", "Test result enquiry", "卫生健康"),
        Service(9, "健康码申领", "Health code application", "卫生健康"),
        Service(10, "就业登记", "Employment registration", "人力资源和社会保障"),
        Service(11, "失业保险金申领", "Unemployment benefit application", "人力资源和社会保障"),
        Service(12, "人才引进落户", "Settlement of recruited talent", "人力资源和社会保障"),
        Service(13, "职业技能培训报名", "Vocational training enrolment", "人力资源和社会保障"),
        Service(14, "最低生活保障申请", "Minimum living allowance application", "民政"),
        Service(15, "高龄津贴申领", "Allowance for the very old", "民政"),
        Service(16, "残疾人两项补贴申领", "The two allowances for people with disabilities", "民政"),
        Service(17, "临时救助申请", "Temporary assistance application", "民政"),
        Service(18, "学生资助申请", "Student financial aid application", "教育"),
        Service(19, "党组织关系转接", "Transfer of Party membership", "组织"),
    ];

    private static OneNetworkService Service(int id, string name, string nameEn, string department) =>
        new() { Id = id, Name = name, NameEn = nameEn, Department = department };
}
