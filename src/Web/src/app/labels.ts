import { language } from './i18n';

// The API labels its buckets in English; the Chinese ones are the national statistics' terms.
const chinese: Record<string, string> = {
  HAN: '汉族', MONGOL: '蒙古族', MANCHU: '满族', HUI: '回族', DAUR: '达斡尔族', EWENKI: '鄂温克族', OROQEN: '鄂伦春族', KOREAN: '朝鲜族', OTHER: '其他',
  '30_OR_UNDER': '30 岁及以下', '31_TO_35': '31–35 岁', '36_TO_40': '36–40 岁', '41_TO_45': '41–45 岁', '46_TO_50': '46–50 岁',
  '51_TO_55': '51–55 岁', '56_TO_60': '56–60 岁', '61_OR_OVER': '61 岁及以上',
  PRIMARY: '小学及以下', JUNIOR_SECONDARY: '初中', SENIOR_SECONDARY: '高中、中专', ASSOCIATE: '大专', BACHELOR: '本科', POSTGRADUATE: '研究生',
  MEMBER_ADMITTED: '发展党员', MEMBER_TRANSFERRED: '组织关系转接', MEMBER_EXITED: '党员离党', MEMBER_CONFIRMED: '预备党员转正', MEMBER_UPDATED: '党员信息更正',
  BRANCH_RATED: '支部评定', BRANCH_CREATED: '新建支部',
  STRONGEST: '过硬', STANDARD: '一般', WEAK: '软弱涣散', FULL: '正式党员', PROBATIONARY: '预备党员', MALE: '男', FEMALE: '女',
};

export function bucketLabel(bucket: { key: string; label: string }): string {
  return language === 'zh' ? (chinese[bucket.key] ?? bucket.label) : bucket.label;
}

export function enumLabel(key: string): string {
  return language === 'zh' ? (chinese[key] ?? key) : key.charAt(0) + key.slice(1).toLowerCase().replaceAll('_', ' ');
}
