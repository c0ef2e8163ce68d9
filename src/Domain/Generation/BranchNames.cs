using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>Branch names in the style of the real ones: the organisation's name followed by 党支部.</summary>
internal static class BranchNames
{
    private static readonly string[] Ordinals = ["", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"];
    private static readonly string[] CountyOrgans =
    [
        "人民政府办公室", "财政局", "教育局", "公安局", "人民法院", "人民检察院", "税务局", "民政局", "司法局", "农牧局",
        "自然资源局", "交通运输局", "卫生健康委员会", "市场监督管理局", "应急管理局", "审计局", "统计局", "住房和城乡建设局",
        "林业和草原局", "水利局", "退役军人事务局", "医疗保障局", "生态环境分局", "信访局",
    ];

    private static readonly string[] TownshipOrgans = ["党政办公室", "财政所", "农牧业服务中心", "司法所", "派出所", "综合执法局", "社会事务办公室"];
    private static readonly string[] Institutions = ["第一中学", "第二中学", "实验小学", "第三小学", "人民医院", "中蒙医医院", "疾病预防控制中心", "图书馆", "融媒体中心", "妇幼保健院", "职业中学", "幼儿园", "中心学校", "卫生院"];
    private static readonly string[] StateFirms = ["供电公司", "烟草专卖局", "移动分公司", "联通分公司", "电信分公司", "邮政分公司", "农村商业银行", "煤业公司", "国有林场", "热力公司", "自来水公司", "公交公司", "粮食储备库"];
    private static readonly string[] Universities = ["职业技术学院", "师范学院", "医学院", "大学"];
    private static readonly string[] Departments = ["教工第一", "教工第二", "学生第一", "学生第二", "机关", "经济管理学院", "机电工程学院", "文学院", "蒙古学学院", "计算机学院"];
    private static readonly string[] FirmPrefixes = ["恒通", "蒙源", "草原", "鑫泰", "华盛", "北疆", "金地", "昌达", "塞北", "天骄", "利民", "兴旺", "瑞丰", "祥和"];
    private static readonly string[] Industries = ["乳业", "物流", "建材", "商贸", "牧业", "能源", "科技", "食品", "农业", "旅游", "羊绒", "化工"];
    private static readonly string[] SocialOrgs = ["律师事务所", "会计师事务所", "个体劳动者协会", "商会", "志愿者协会", "民办学校", "养老服务中心", "社会工作服务中心", "物业服务企业联合"];

    public static string For(SeededRandom random, PlannedBranch plan)
    {
        var place = plan.Place;
        var banner = place.Banner.Name;
        return plan.Sector switch
        {
            BranchSector.Rural => $"{place.ShortName}{Ordinal(plan.Ordinal)}党支部",
            BranchSector.Community => plan.Ordinal switch
            {
                0 => $"{place.ShortName}党支部",
                1 => $"{place.ShortName}离退休党支部",
                _ => $"{place.ShortName}第{plan.Ordinal}网格党支部",
            },
            BranchSector.Government => place.IsCommunity
                ? $"{banner}{random.Pick(CountyOrgans)}党支部"
                : $"{place.Township.Name}{random.Pick(TownshipOrgans)}党支部",
            BranchSector.PublicInstitution => $"{banner}{random.Pick(Institutions)}党支部",
            BranchSector.StateEnterprise => $"{banner}{random.Pick(StateFirms)}党支部",
            BranchSector.University => $"{Short(place.League.Name)}{random.Pick(Universities)}{random.Pick(Departments)}党支部",
            BranchSector.NonPublicEnterprise => $"{Short(banner)}{random.Pick(FirmPrefixes)}{random.Pick(Industries)}有限公司党支部",
            _ => $"{banner}{random.Pick(SocialOrgs)}党支部",
        };
    }

    private static string Ordinal(int ordinal) => ordinal < Ordinals.Length ? Ordinals[ordinal] : $"第{ordinal + 1}";

    private static string Short(string divisionName) =>
        divisionName.Length > 2 && divisionName[^1] is '市' or '区' or '县' or '旗' or '盟' ? divisionName[..^1] : divisionName;
}
