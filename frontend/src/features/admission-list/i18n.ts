// Messages of the admission-list feature: Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'common.reset': '重置',
  'common.back': '返回',
  'items.title': '准入清单',
  'items.detailTitle': '准入事项详情',
  'items.export': '导出Excel',
  'items.col.listNo': '清单编号',
  'items.col.itemName': '事项名称',
  'items.col.category': '类别',
  'items.col.leadOrg': '牵头部门',
  'items.col.effectiveDate': '生效日期',
  'items.col.expiryDate': '到期日期',
  'items.cooperatingOrgs': '配合部门',
  'items.legalBasis': '法定依据',
  'items.content': '事项内容',
  'items.performanceStandard': '履职标准',
  'items.frequency': '频次',
  'items.validity': '有效期',
  'items.application': '来源申请',
  'items.empty': '暂无准入事项',
  'items.categoryPlaceholder': '全部类别',
  'items.leadOrgPlaceholder': '全部牵头部门',
  'items.longTerm': '长期',
  'lookup.title': '准入事项公开查询',
  'lookup.intro': '村(社区)工作事务实行准入制度。未列入准入清单的事项，村(社区)可以拒绝承担。',
  'lookup.placeholder': '输入事项名称或关键词，查询是否已列入准入清单',
  'lookup.search': '查询',
  'lookup.notFound': '未查询到该事项：未列入准入清单的事项，村(社区)可以拒绝承担。',
  'lookup.found': '已列入准入清单的事项（{total} 项）',
  'lookup.backToSearch': '返回查询',
  'lookup.admitted': '已列入准入清单',
  'lookup.refuseAndReport': '拒绝并反映该事项',
  'lookup.noMatch': '没有已列入准入清单的事项与“{q}”相符。',
  'lookup.nearest': '是不是这个事项？',
  'lookup.refuseNote': '如果都不是：未列入准入清单的事项，村(社区)可以拒绝承担，并可向减负办反映。',
  'lookup.lapsed': '已不在清单上的相关事项',
  'lookup.lapsedNote':
    '下列事项已经复评取消，或有效期届满时复评未完成，不再列入准入清单；再要求承担的，村(社区)可以拒绝。',
  'lookup.lapsedStatus.WITHDRAWN': '已取消',
  'lookup.lapsedStatus.EXPIRED': '已过期',
  'lookup.lapsedSince': '自{date}起不在清单上',
  'items.scope': '实施范围',
  'items.scopeAll': '全部村(社区)',
  'items.scopeSelected': '{names}的村(社区)',
  'items.scopeVillages': '{names}',
  'items.scopeJoin': '；',
  'items.workload': '每村每月工作量',
  'items.workloadValue': '约 {hours} 小时',
  'items.workloadAndFrequency': '约 {hours} 小时（频次：{frequency}）',
  'items.version': '第{no}版',
  'items.revisions': '修订记录',
  'items.revisionCount': '（此前{count}版）',
  'items.revisionRange': '{from} 至 {to}',
  'items.withdrawnOn': '该事项已于{date}经复评取消，不再列入准入清单。',
};

const en = {
  'common.reset': 'Reset',
  'common.back': 'Back',
  'items.title': 'Admission list',
  'items.detailTitle': 'Admitted item',
  'items.export': 'Export Excel',
  'items.col.listNo': 'List number',
  'items.col.itemName': 'Item name',
  'items.col.category': 'Category',
  'items.col.leadOrg': 'Lead department',
  'items.col.effectiveDate': 'Effective',
  'items.col.expiryDate': 'Expires',
  'items.cooperatingOrgs': 'Cooperating departments',
  'items.legalBasis': 'Legal basis',
  'items.content': 'Content',
  'items.performanceStandard': 'Performance standard',
  'items.frequency': 'Frequency',
  'items.validity': 'Validity',
  'items.application': 'Source application',
  'items.empty': 'No admitted items',
  'items.categoryPlaceholder': 'All categories',
  'items.leadOrgPlaceholder': 'All lead departments',
  'items.longTerm': 'open-ended',
  'lookup.title': 'Public admission lookup',
  'lookup.intro': 'Village work items need admission. Villages may refuse any item that is not on the admission list.',
  'lookup.placeholder': 'Enter an item name or keyword to check whether it is on the admission list',
  'lookup.search': 'Search',
  'lookup.notFound': 'Not found: items that are not on the admission list may be refused by villages and communities.',
  'lookup.found': 'Items on the admission list ({total})',
  'lookup.backToSearch': 'Back to search',
  'lookup.admitted': 'On the admission list',
  'lookup.refuseAndReport': 'Refuse and report this task',
  'lookup.noMatch': 'No item on the admission list matches “{q}”.',
  'lookup.nearest': 'Is it one of these?',
  'lookup.refuseNote':
    'If none of them: villages and communities may refuse items that are not on the admission list, and report them to the burden-reduction office.',
  'lookup.lapsed': 'Related items no longer on the list',
  'lookup.lapsedNote':
    'A review withdrew these items, or they expired before their review finished: they are no longer on the admission list, and villages and communities may refuse them.',
  'lookup.lapsedStatus.WITHDRAWN': 'Withdrawn',
  'lookup.lapsedStatus.EXPIRED': 'Expired',
  'lookup.lapsedSince': 'Off the list since {date}',
  'items.scope': 'Scope',
  'items.scopeAll': 'All villages and communities',
  'items.scopeSelected': 'Villages and communities of {names}',
  'items.scopeVillages': '{names}',
  'items.scopeJoin': '; ',
  'items.workload': 'Workload per village per month',
  'items.workloadValue': 'about {hours} h',
  'items.workloadAndFrequency': 'about {hours} h (frequency: {frequency})',
  'items.version': 'Version {no}',
  'items.revisions': 'Revision history',
  'items.revisionCount': '({count} earlier)',
  'items.revisionRange': '{from} to {to}',
  'items.withdrawnOn': 'This item was withdrawn by a review on {date} and is no longer on the admission list.',
} satisfies Record<keyof typeof zh, string>;

export const admissionListMessages = { zh, en };

export type AdmissionListTranslate = Translate<keyof typeof zh>;

export type AdmissionListKey = Parameters<AdmissionListTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: AdmissionListTranslate = createTranslator('zh', admissionListMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useAdmissionListI18n() {
  return useI18n(admissionListMessages);
}
