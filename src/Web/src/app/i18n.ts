export type Language = 'zh' | 'en';

const storageKey = 'partyOrg.language';

export let language: Language = localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';

export function setLanguage(next: Language): void {
  language = next;
  localStorage.setItem(storageKey, next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

const texts = {
  title: ['内蒙古党组织概览', 'Inner Mongolia Party organisations'],
  overview: ['概览', 'Overview'],
  browse: ['逐级查看', 'Browse'],
  live: ['实时动态', 'Live'],
  ide: ['GraphQL 调试', 'GraphQL IDE'],
  apiKey: ['API 密钥', 'API key'],
  useKey: ['使用', 'Use'],
  anonymous: ['匿名访问', 'Anonymous'],
  withKey: ['已使用密钥', 'Using your key'],
  members: ['党员', 'Members'],
  branches: ['党支部', 'Branches'],
  strongestShare: ['过硬支部占比', 'Strongest branches'],
  firstSecretaries: ['第一书记', 'First secretaries'],
  serviceCenters: ['党群服务中心', 'Service centres'],
  coverage: ['服务中心覆盖率', 'Service-centre coverage'],
  villages: ['嘎查村（社区）', 'Villages and communities'],
  grids: ['网格', 'Grids'],
  gridWorkers: ['网格员', 'Grid workers'],
  women: ['女党员占比', 'Women'],
  mongols: ['蒙古族党员占比', 'Mongol members'],
  leaguesCompared: ['12 个盟市对比', 'The 12 leagues side by side'],
  byAge: ['党员年龄结构', 'Members by age'],
  byEthnicity: ['党员民族构成', 'Members by ethnicity'],
  byEducation: ['党员学历构成', 'Members by education'],
  treemap: ['各盟市、旗县党员分布', 'Members by league and banner'],
  asOf: ['数据日期', 'Data as of'],
  loading: ['加载中…', 'Loading…'],
  withheld: ['无权查看', 'withheld'],
  withheldNote: ['部分数据按您的权限隐去。输入密钥可查看更多。', 'Some figures are withheld for your role. Enter a key to see more.'],
  error: ['出错了', 'Something went wrong'],
  total: ['共', 'Total'],
  search: ['名称包含', 'Name contains'],
  filter: ['筛选', 'Filter'],
  sort: ['排序', 'Sort'],
  all: ['全部', 'All'],
  firstPage: ['第一页', 'First page'],
  nextPage: ['下一页', 'Next page'],
  apply: ['查询', 'Apply'],
  name: ['名称', 'Name'],
  code: ['代码', 'Code'],
  noServiceCenter: ['无党群服务中心', 'Without a service centre'],
  hasServiceCenter: ['服务中心', 'Service centre'],
  weak: ['软弱涣散', 'Weak'],
  strongest: ['过硬', 'Strongest'],
  rating: ['评定', 'Rating'],
  founded: ['成立日期', 'Founded'],
  joinedSince2020: ['2020 年以来入党', 'Joined since 2020'],
  probationary: ['预备党员', 'Probationary'],
  birthDate: ['出生日期', 'Born'],
  joinedOn: ['入党日期', 'Joined'],
  status: ['状态', 'Status'],
  eldestFirst: ['年长在前', 'Eldest first'],
  newestFirst: ['最近入党在前', 'Newest first'],
  nameOrder: ['按名称', 'By name'],
  codeOrder: ['按代码', 'By code'],
  oldestFirst: ['成立最早在前', 'Oldest first'],
  yes: ['有', 'yes'],
  no: ['无', 'no'],
  scope: ['范围（区划代码）', 'Scope (division code)'],
  changes: ['变更记录', 'Changes'],
  position: ['序号', 'Position'],
  kind: ['类型', 'Kind'],
  when: ['时间', 'When'],
  where: ['嘎查村', 'Village'],
  figures: ['实时数字', 'Live figures'],
  connected: ['已连接', 'Connected'],
  reconnecting: ['重新连接中…', 'Reconnecting…'],
  liveNeedsKey: ['实时动态需要 partner、organizer 或 admin 密钥。', 'The live feed needs a partner, organizer or admin key.'],
  notFound: ['没有这个区划', 'No such division'],
  level: ['层级', 'Level'],
} as const;

export type TextKey = keyof typeof texts;

export function t(key: TextKey): string {
  return texts[key][language === 'zh' ? 0 : 1];
}

/** A division's name in the current language: the official Chinese name, or its English name where it has one. */
export function nameOf(d: { name: string; nameEn?: string | null }): string {
  return language === 'en' && d.nameEn ? d.nameEn : d.name;
}

export function formatNumber(n: number): string {
  return n.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
}

export function formatShare(share: number): string {
  return `${share.toFixed(1)}%`;
}
