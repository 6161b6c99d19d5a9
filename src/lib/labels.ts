import type { Category, Park, Stage } from '@/api/schemas';
import type { Lang } from './format';

/** Domain labels shared by charts, tables, filters and exports. */
export const STAGE_LABEL: Record<Lang, Record<Stage, string>> = {
  zh: { planning: '谋划', signed: '签约', approval: '审批', construction: '在建', completed: '建成/投产' },
  en: { planning: 'Planning', signed: 'Signed', approval: 'Approval', construction: 'Under construction', completed: 'Completed' },
};
export const CATEGORY_LABEL: Record<Lang, Record<Category, string>> = {
  zh: { 'new-engineering': '新工科', 'new-infrastructure': '新基建', 'industry-academia': '产学研', 'future-community': '未来社区' },
  en: { 'new-engineering': 'New engineering', 'new-infrastructure': 'New infrastructure', 'industry-academia': 'Industry–academia', 'future-community': 'Future community' },
};
export const PARK_LABEL: Record<Lang, Record<Park, string>> = {
  zh: { suxin: '苏信合作产业园', 'green-energy': '明阳绿色能源装备制造产业园', xinxian: '新县飞地产业园', core: '高新区本部（示例）' },
  en: { suxin: 'Su-Xin park', 'green-energy': 'Mingyang green energy park', xinxian: 'Xinxian enclave park', core: 'Zone core (illustrative)' },
};
