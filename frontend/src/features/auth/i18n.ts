// Messages of the auth feature: Chinese defines the keys, English must have exactly the
// same ones. Shared messages are in src/lib/messages.ts.
import { createTranslator, useI18n, type Translate } from '@/lib/i18n';

const zh = {
  'nav.publicLookup': '准入事项公开查询',
  'login.title': '用户登录',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.note':
    '请使用系统管理员分配的账号登录。为保护账号安全，同一账号连续多次输错密码后须等待一段时间再试。村(社区)干部和群众无需登录即可查询准入清单。',
  'login.success': '登录成功',
};

const en = {
  'nav.publicLookup': 'Public admission lookup',
  'login.title': 'Sign in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.usernameRequired': 'Please enter your username',
  'login.passwordRequired': 'Please enter your password',
  'login.note':
    'Use the account issued by your system administrator. After several wrong passwords in a row the account must wait before trying again. Village cadres and citizens can look up the admission list without logging in.',
  'login.success': 'Logged in',
} satisfies Record<keyof typeof zh, string>;

export const authMessages = { zh, en };

export type AuthTranslate = Translate<keyof typeof zh>;

export type AuthKey = Parameters<AuthTranslate>[0];

/** Chinese, for schema defaults and code outside React. */
export const tZh: AuthTranslate = createTranslator('zh', authMessages);

/** The current language's translator for this feature's and the shared messages. */
export function useAuthI18n() {
  return useI18n(authMessages);
}
