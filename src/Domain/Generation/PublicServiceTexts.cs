using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>Suggestion texts, practical-matter titles and project titles in the words such lists use, by category.</summary>
internal static class PublicServiceTexts
{
    private static readonly Dictionary<ServiceCategory, (string Suggestion, string Matter, string Project)> ByCategory = new()
    {
        [ServiceCategory.ElderlyServices] = ("建议{0}为独居老人提供助餐服务", "为高龄老人开展上门助餐助浴服务", "每周看望独居老人"),
        [ServiceCategory.LegalAid] = ("希望{0}定期开展法律咨询", "为困难群众提供免费法律援助", "法律知识进社区宣讲"),
        [ServiceCategory.PublicInterestLitigation] = ("反映{0}周边食品安全问题", "开展食品安全公益诉讼专项监督", "食品安全宣传"),
        [ServiceCategory.CollectiveEconomy] = ("建议{0}发展村集体经济项目", "帮助包联村发展村集体经济", "助农直播带货"),
        [ServiceCategory.Employment] = ("希望{0}多组织招聘会", "举办就业招聘和技能培训", "就业信息推送"),
        [ServiceCategory.MedicalInsurance] = ("建议{0}简化医保报销手续", "推进医保业务就近办理", "医保政策宣讲"),
        [ServiceCategory.SocialInsurance] = ("希望{0}上门办理养老认证", "开展养老保险待遇认证上门服务", "帮助老人网上认证"),
        [ServiceCategory.Education] = ("建议{0}开设课后托管", "开办假期公益课堂", "青少年课业辅导"),
        [ServiceCategory.ChildCare] = ("希望{0}关爱留守儿童", "开展留守儿童关爱行动", "今天我来做你的妈妈"),
        [ServiceCategory.Environment] = ("反映{0}垃圾清运不及时", "整治人居环境和垃圾清运", "环境卫生清扫"),
        [ServiceCategory.Infrastructure] = ("建议{0}修缮道路和路灯", "硬化巷道并安装路灯", "楼道杂物清理"),
        [ServiceCategory.SafetyPatrol] = ("希望{0}加强夜间巡逻", "开展平安创建巡逻", "夜间治安巡逻"),
        [ServiceCategory.Culture] = ("建议{0}增加文体活动场地", "建设文化活动室", "广场文艺活动组织"),
        [ServiceCategory.Health] = ("希望{0}开展义诊", "组织专家下乡义诊", "健康知识讲座"),
    };

    public static IReadOnlyList<ServiceCategory> Categories { get; } = [.. ByCategory.Keys];

    public static string Suggestion(ServiceCategory category, string place) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, ByCategory[category].Suggestion, place);

    public static string Matter(ServiceCategory category) => ByCategory[category].Matter;

    public static string Project(ServiceCategory category) => ByCategory[category].Project;
}
