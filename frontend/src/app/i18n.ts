// Messages of the app shell (layouts, menus, route guards): Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'nav.inbox': '待办/已办',
  'nav.myApplications': '我的申请',
  'nav.overview': '申请总览',
  'nav.admissionItems': '准入清单',
  'nav.users': '用户管理',
  'nav.orgs': '组织机构',
  'nav.camunda': '系统流程监控',
  'nav.logout': '退出登录',
  'nav.login': '登录',
  'nav.home': '返回首页',
  'nav.menu': '菜单',
  'nav.skipToContent': '跳到主要内容',
  'notFound.subtitle': '您访问的页面不存在或已被移除。',
  'logout.success': '已退出登录',
  'nav.clueWorkbench': '线索工作台',
  'nav.unitClues': '本单位线索',
  'nav.statistics': '线索统计',
  'nav.dashboard': '驾驶舱',
  'nav.userMenu': '账号菜单',
  'nav.twoFactor': '两步验证',
  'nav.synonyms': '同义词',
  'nav.warnings': '智能预警',
  'nav.listReviews': '清单复评',
  'nav.deliveries': '消息发送记录',
  'nav.notificationSettings': '消息提醒方式',
  'nav.inboxCount': '待办/已办，{count}项待办',
  'noAccess.camundaTitle': '系统流程监控仅限系统管理员使用',
  'noAccess.camundaBody':
    '您打开的是流程引擎的监控和管理工具（Camunda Cockpit），只对系统管理员开放。申请、审核、线索办理等日常工作都在工作台中完成，用不到它。',
  'noAccess.title': '此页面仅限系统管理员使用',
  'noAccess.body': '您当前的账号没有打开此页面的权限。',
  'noAccess.whatToDo': '如工作中确需使用，请联系县里的系统管理员：说明用途，由管理员开通权限或代为查看。',
  'noAccess.backToWorkbench': '返回工作台',
  'noAccess.signedInAs': '当前登录：{name}（{org}）',
  'noAccess.notSignedIn': '您还没有登录。系统管理员请先登录。',
  'nav.burden': '基层承载力',
  'nav.evaluationRounds': '评价管理',
  'nav.evaluationComments': '评价意见审核',
  'nav.evaluationRate': '评价县级部门',
  'nav.evaluationResults': '基层评价结果',
  'nav.recurring': '未诉先办',
  'nav.specialTopics': '专项治理',
  'nav.calendar': '工作日历',
};

const en = {
  'nav.inbox': 'Inbox',
  'nav.myApplications': 'My applications',
  'nav.overview': 'All applications',
  'nav.admissionItems': 'Admission list',
  'nav.users': 'Users',
  'nav.orgs': 'Organisations',
  'nav.camunda': 'Process monitoring',
  'nav.logout': 'Log out',
  'nav.login': 'Log in',
  'nav.home': 'Back to home',
  'nav.menu': 'Menu',
  'nav.skipToContent': 'Skip to main content',
  'notFound.subtitle': 'The page you are looking for does not exist or was removed.',
  'logout.success': 'Logged out',
  'nav.clueWorkbench': 'Clue workbench',
  'nav.unitClues': "Our unit's clues",
  'nav.statistics': 'Clue statistics',
  'nav.dashboard': 'Dashboard',
  'nav.userMenu': 'Account menu',
  'nav.twoFactor': 'Two-step verification',
  'nav.synonyms': 'Synonyms',
  'nav.warnings': 'Smart warnings',
  'nav.listReviews': 'List review',
  'nav.deliveries': 'Message deliveries',
  'nav.notificationSettings': 'How to notify me',
  'nav.inboxCount': 'Inbox, {count} open tasks',
  'noAccess.camundaTitle': 'Process monitoring is for administrators only',
  'noAccess.camundaBody':
    'You opened the workflow engine’s monitoring and administration tool (Camunda Cockpit), which only administrators may use. Everyday work — applications, reviews, clues — is done in the workbench and does not need it.',
  'noAccess.title': 'This page is for administrators only',
  'noAccess.body': 'Your account may not open this page.',
  'noAccess.whatToDo':
    'If your work really needs it, ask the county’s system administrator: explain what for, and they can grant access or look it up for you.',
  'noAccess.backToWorkbench': 'Back to the workbench',
  'noAccess.signedInAs': 'Signed in as {name} ({org})',
  'noAccess.notSignedIn': 'You are not signed in. Administrators, please log in first.',
  'nav.burden': 'Carrying capacity',
  'nav.evaluationRounds': 'Evaluation rounds',
  'nav.evaluationComments': 'Screen evaluation comments',
  'nav.evaluationRate': 'Rate county departments',
  'nav.evaluationResults': 'Evaluation results',
  'nav.recurring': 'Recurring problems',
  'nav.specialTopics': 'Special topics',
  'nav.calendar': 'Working calendar',
} satisfies Record<keyof typeof zh, string>;

export const appMessages = { zh, en };

export type AppTranslate = Translate<keyof typeof zh>;

export type AppKey = Parameters<AppTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: AppTranslate = createTranslator('zh', appMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useAppI18n() {
  return useI18n(appMessages);
}
