// Messages of the working-day calendar (工作日历): Chinese defines the keys, English must have exactly
// the same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'calendar.title': '工作日历',
  'calendar.intro':
    '各环节的办理时限、到期提醒和超期督办都按工作日计算：周一至周五除放假日外都是工作日，周六、周日只有调休上班日才是工作日。请按国务院办公厅每年发布的部分节假日安排通知维护。修改后新开始的环节即按新日历计算，已在办环节的到期时间不变。',
  'calendar.year': '{year}年',
  'calendar.previousYear': '上一年',
  'calendar.nextYear': '下一年',
  'calendar.summary': '放假{holidays}天（其中周一至周五{weekdays}天），调休上班{makeups}天',
  'calendar.empty': '{year}年还没有录入放假和调休安排，时限按周一至周五计算',
  'calendar.new': '新增日期',
  'calendar.editTitle': '修改日期安排',
  'calendar.date': '日期',
  'calendar.kind': '安排',
  'calendar.name': '节日',
  'calendar.changedBy': '修改人',
  'calendar.changedAt': '修改时间',
  'calendar.actions': '操作',
  'calendar.edit': '编辑',
  'calendar.save': '保存',
  'calendar.saved': '保存成功',
  'calendar.deleted': '已删除',
  'calendar.deleteConfirm': '删除这一天的安排？',
  'calendar.deleteHint': '删除后这一天按普通的周一至周日计算。',
  'calendar.kind.HOLIDAY': '放假',
  'calendar.kind.MAKEUP_WORKDAY': '调休上班',
  'calendar.kindHelp': '调休上班只能设在周六或周日。',
  'calendar.namePlaceholder': '例如：国庆节',
  'calendar.dateRequired': '请选择日期',
  'calendar.dateRange': '日期须在{first}年至{last}年之间',
  'calendar.kindRequired': '请选择放假或调休上班',
  'calendar.makeupOnWeekday': '调休上班只能设在周六或周日，{date}本来就是工作日',
  'calendar.nameRequired': '请填写节日名称',
  'calendar.nameTooLong': '节日名称不能超过{max}个字',
  'calendar.nameControl': '节日名称不能包含换行或制表符',
  'calendar.weekday.1': '周一',
  'calendar.weekday.2': '周二',
  'calendar.weekday.3': '周三',
  'calendar.weekday.4': '周四',
  'calendar.weekday.5': '周五',
  'calendar.weekday.6': '周六',
  'calendar.weekday.7': '周日',
};

const en = {
  'calendar.title': 'Working calendar',
  'calendar.intro':
    'Time limits, reminders and escalations of every step count working days: Monday to Friday are working days unless they are holidays, and a Saturday or Sunday is one only when it is a make-up workday. Keep it in line with the State Council’s yearly holiday notice. A change applies to steps started afterwards; due dates of running steps stay as they are.',
  'calendar.year': '{year}',
  'calendar.previousYear': 'Previous year',
  'calendar.nextYear': 'Next year',
  'calendar.summary': '{holidays} days off ({weekdays} of them Monday to Friday), {makeups} make-up workdays',
  'calendar.empty': 'No holidays or make-up workdays entered for {year}: time limits count Monday to Friday',
  'calendar.new': 'Add a day',
  'calendar.editTitle': 'Change a day',
  'calendar.date': 'Date',
  'calendar.kind': 'Arrangement',
  'calendar.name': 'Holiday',
  'calendar.changedBy': 'Changed by',
  'calendar.changedAt': 'Changed at',
  'calendar.actions': 'Actions',
  'calendar.edit': 'Edit',
  'calendar.save': 'Save',
  'calendar.saved': 'Saved',
  'calendar.deleted': 'Deleted',
  'calendar.deleteConfirm': 'Delete the arrangement of this day?',
  'calendar.deleteHint': 'The day then counts as an ordinary day of the week.',
  'calendar.kind.HOLIDAY': 'Day off',
  'calendar.kind.MAKEUP_WORKDAY': 'Make-up workday',
  'calendar.kindHelp': 'A make-up workday can only be a Saturday or Sunday.',
  'calendar.namePlaceholder': 'e.g. National Day',
  'calendar.dateRequired': 'Choose a date',
  'calendar.dateRange': 'The date must be between {first} and {last}',
  'calendar.kindRequired': 'Choose day off or make-up workday',
  'calendar.makeupOnWeekday': 'A make-up workday can only be a Saturday or Sunday: {date} is a working day anyway',
  'calendar.nameRequired': 'Enter the holiday',
  'calendar.nameTooLong': 'The holiday may have at most {max} characters',
  'calendar.nameControl': 'The holiday may not contain line breaks or tabs',
  'calendar.weekday.1': 'Mon',
  'calendar.weekday.2': 'Tue',
  'calendar.weekday.3': 'Wed',
  'calendar.weekday.4': 'Thu',
  'calendar.weekday.5': 'Fri',
  'calendar.weekday.6': 'Sat',
  'calendar.weekday.7': 'Sun',
} satisfies Record<keyof typeof zh, string>;

export const calendarMessages = { zh, en };

export type CalendarTranslate = Translate<keyof typeof zh>;

/** Chinese, for schema defaults and code outside React. */
export const tZh: CalendarTranslate = createTranslator('zh', calendarMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useCalendarI18n() {
  return useI18n(calendarMessages);
}
