// Messages of the inbox feature: Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'inbox.title': '待办/已办',
  'inbox.todo': '待办',
  'inbox.done': '已办',
  'inbox.escalations': '督办',
  'inbox.col.title': '事项',
  'inbox.col.taskName': '环节',
  'inbox.col.org': '单位',
  'inbox.col.created': '到达时间',
  'inbox.col.due': '办理期限',
  'inbox.col.assignee': '处理人',
  'inbox.col.completedAt': '办理时间',
  'inbox.unclaimed': '待签收',
  'inbox.overdue': '已超期',
  'inbox.dueSoon': '即将到期',
  'inbox.escalated': '已督办',
  'inbox.emptyTodo': '暂无待办事项',
  'inbox.emptyDone': '暂无已办事项',
  'inbox.emptyEscalations': '暂无督办事项',
};

const en = {
  'inbox.title': 'Inbox',
  'inbox.todo': 'To do',
  'inbox.done': 'Done',
  'inbox.escalations': 'Escalations',
  'inbox.col.title': 'Item',
  'inbox.col.taskName': 'Step',
  'inbox.col.org': 'Organisation',
  'inbox.col.created': 'Arrived',
  'inbox.col.due': 'Due',
  'inbox.col.assignee': 'Handler',
  'inbox.col.completedAt': 'Completed',
  'inbox.unclaimed': 'Unclaimed',
  'inbox.overdue': 'Overdue',
  'inbox.dueSoon': 'Due soon',
  'inbox.escalated': 'Escalated',
  'inbox.emptyTodo': 'Nothing to do',
  'inbox.emptyDone': 'No completed tasks',
  'inbox.emptyEscalations': 'No escalations',
} satisfies Record<keyof typeof zh, string>;

export const inboxMessages = { zh, en };

export type InboxTranslate = Translate<keyof typeof zh>;

export type InboxKey = Parameters<InboxTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: InboxTranslate = createTranslator('zh', inboxMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useInboxI18n() {
  return useI18n(inboxMessages);
}
