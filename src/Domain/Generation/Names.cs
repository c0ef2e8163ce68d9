using PartyOrg.Domain.Entities;

namespace PartyOrg.Domain.Generation;

/// <summary>Plausible personal names: Han names by common surname frequency, Mongolian names as written in Chinese.</summary>
internal static class Names
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
        "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
        "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
    ];

    private static readonly string[] MaleGiven =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建国", "志强", "海峰", "国栋", "文博",
        "子豪", "晓东", "振华", "永刚", "宏伟", "建军", "春生", "玉柱", "德胜", "子轩", "浩然", "铁柱", "金山",
    ];

    private static readonly string[] FemaleGiven =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰", "婷", "雪", "慧", "颖", "琳", "倩",
        "洁", "红", "梅", "丹", "萍", "玲", "燕", "晶", "欣怡", "雨桐", "佳琪", "淑珍", "凤兰", "海燕", "春梅", "丽娟",
    ];

    private static readonly string[] MongolMale =
    [
        "巴特尔", "额尔敦", "苏和", "朝鲁", "巴图", "阿拉腾", "宝音", "毕力格", "孟和", "特木尔", "吉日嘎拉", "乌力吉",
        "那顺", "达来", "满都拉", "布和", "哈斯", "格日勒图", "额尔德尼", "桑布", "图门", "伊德日", "阿古拉", "白音",
        "巴雅尔", "宝力道", "查干", "呼和", "敖其尔", "斯琴巴特尔",
    ];

    private static readonly string[] MongolFemale =
    [
        "乌云", "其其格", "娜仁花", "萨仁", "图雅", "斯琴", "乌兰", "高娃", "塔娜", "托雅", "苏日娜", "其木格",
        "敖登", "格日勒", "萨日娜", "阿拉坦其其格", "乌日娜", "额尔敦其其格", "吉雅", "娜布其",
    ];

    private static readonly string[] MongolSurnames = ["包", "白", "宝", "吴", "韩", "鲍", "金", "陈", "乌", "敖"];

    public static string Person(SeededRandom random, Gender gender, Ethnicity ethnicity)
    {
        if (ethnicity == Ethnicity.Mongol)
        {
            var given = random.Pick(gender == Gender.Female ? MongolFemale : MongolMale);
            // Many Mongols in the region use a Chinese-style surname with their Mongolian given name.
            return random.Chance(0.35) ? random.Pick(MongolSurnames) + given : given;
        }

        return random.Pick(Surnames) + random.Pick(gender == Gender.Female ? FemaleGiven : MaleGiven);
    }

    public static string Person(SeededRandom random) =>
        Person(random, random.Chance(0.3) ? Gender.Female : Gender.Male, random.Chance(0.18) ? Ethnicity.Mongol : Ethnicity.Han);

    private static readonly string[] SendingUnits =
    [
        "组织部", "宣传部", "统战部", "政法委", "发展和改革委员会", "财政局", "教育局", "农牧局", "卫生健康委员会",
        "自然资源局", "交通运输局", "水利局", "民政局", "人力资源和社会保障局", "市场监督管理局", "林业和草原局",
        "生态环境局", "审计局", "统计局", "乡村振兴局", "供销合作社", "农村信用合作联社", "电力公司", "人民医院",
    ];

    /// <summary>A unit that sends first secretaries and work teams, at region, league or banner level.</summary>
    public static string SendingUnit(SeededRandom random, string regionName, string leagueName, string bannerName)
    {
        var level = random.NextDouble();
        var owner = level < 0.15 ? regionName : level < 0.45 ? leagueName : bannerName;
        return owner + random.Pick(SendingUnits);
    }
}
