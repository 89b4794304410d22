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
  'twoFactor.stepTitle': '两步验证',
  'twoFactor.stepHint': '请打开手机上的验证器应用，输入其显示的6位数字验证码。',
  'twoFactor.recoveryHint': '请输入保存的恢复码（形如 abcd-efgh），每个恢复码只能使用一次。',
  'twoFactor.code': '验证码',
  'twoFactor.recoveryCode': '恢复码',
  'twoFactor.codeRequired': '请输入验证器应用显示的6位数字',
  'twoFactor.codeFormat': '验证码是6位数字',
  'twoFactor.recoveryRequired': '请输入恢复码',
  'twoFactor.verify': '验证并登录',
  'twoFactor.useRecovery': '手机不在身边？使用恢复码',
  'twoFactor.useApp': '使用验证器应用的验证码',
  'twoFactor.back': '返回重新输入用户名和密码',
  'twoFactor.setupTitle': '启用两步验证',
  'twoFactor.setupRequiredNote':
    '您的账号属于系统管理员、减负办或核查人员，须先启用两步验证才能使用系统。启用后，每次登录除密码外还要输入手机验证器应用中的验证码。',
  'twoFactor.setupIntro':
    '请先在手机上安装验证器应用（如 Microsoft Authenticator、Google Authenticator 或其他支持 TOTP 的应用），然后点击下方按钮获取二维码。',
  'twoFactor.start': '获取绑定二维码',
  'twoFactor.scan': '第一步：用验证器应用扫描二维码',
  'twoFactor.qrAlt': '两步验证绑定二维码',
  'twoFactor.manual': '无法扫码时，可在应用中手动输入以下密钥：',
  'twoFactor.secret': '密钥',
  'twoFactor.copySecret': '复制密钥',
  'twoFactor.copied': '已复制',
  'twoFactor.copyFailed': '复制失败，请手动选择后复制',
  'twoFactor.confirm': '第二步：输入应用显示的6位数字验证码',
  'twoFactor.enable': '启用',
  'twoFactor.enabled': '两步验证已启用',
  'twoFactor.recoveryTitle': '请保存恢复码',
  'twoFactor.recoveryNote':
    '手机丢失或无法使用验证器应用时，可用恢复码代替验证码登录。每个恢复码只能使用一次。这些恢复码只显示这一次，请立即复制或下载并妥善保管。',
  'twoFactor.recoveryListLabel': '10个恢复码',
  'twoFactor.copyAll': '复制全部恢复码',
  'twoFactor.download': '下载为文本文件',
  'twoFactor.downloadName': '基层减负协同平台-恢复码.txt',
  'twoFactor.downloadHeader': '基层减负协同平台 两步验证恢复码（每个只能使用一次）',
  'twoFactor.continue': '我已保存，继续',
  'twoFactor.logout': '退出登录',
  'account.title': '两步验证',
  'account.status': '状态',
  'account.on': '已启用',
  'account.off': '未启用',
  'account.requiredNote': '您的角色（系统管理员、减负办、核查人员）必须使用两步验证，因此不能关闭。',
  'account.optionalNote': '启用后，每次登录除密码外还要输入手机验证器应用中的验证码，可防止密码泄露后账号被他人使用。',
  'account.disableTitle': '关闭两步验证',
  'account.disableHint': '请输入验证器应用显示的验证码或一个恢复码以确认关闭。',
  'account.codeOrRecovery': '验证码或恢复码',
  'account.disable': '关闭两步验证',
  'account.disabled': '两步验证已关闭',
  'account.setUp': '设置两步验证',
  'account.cancel': '取消',
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
  'twoFactor.stepTitle': 'Two-step verification',
  'twoFactor.stepHint': 'Open the authenticator app on your phone and enter the 6-digit code it shows.',
  'twoFactor.recoveryHint': 'Enter one of your saved recovery codes (like abcd-efgh). Each code works only once.',
  'twoFactor.code': 'Verification code',
  'twoFactor.recoveryCode': 'Recovery code',
  'twoFactor.codeRequired': 'Please enter the 6 digits shown by your authenticator app',
  'twoFactor.codeFormat': 'The code has 6 digits',
  'twoFactor.recoveryRequired': 'Please enter a recovery code',
  'twoFactor.verify': 'Verify and log in',
  'twoFactor.useRecovery': 'Phone not at hand? Use a recovery code',
  'twoFactor.useApp': 'Use a code from the authenticator app',
  'twoFactor.back': 'Back to username and password',
  'twoFactor.setupTitle': 'Turn on two-step verification',
  'twoFactor.setupRequiredNote':
    'Your account belongs to a system administrator, the burden-reduction office or an inspector: two-step verification must be turned on before you can use the system. Each sign-in will then ask for a code from your phone as well as the password.',
  'twoFactor.setupIntro':
    'Install an authenticator app on your phone first (Microsoft Authenticator, Google Authenticator or any TOTP app), then get the QR code below.',
  'twoFactor.start': 'Get the QR code',
  'twoFactor.scan': 'Step 1: scan the QR code with the authenticator app',
  'twoFactor.qrAlt': 'QR code for two-step verification',
  'twoFactor.manual': 'If you cannot scan it, type this key into the app:',
  'twoFactor.secret': 'Key',
  'twoFactor.copySecret': 'Copy key',
  'twoFactor.copied': 'Copied',
  'twoFactor.copyFailed': 'Could not copy: please select the text and copy it',
  'twoFactor.confirm': 'Step 2: enter the 6-digit code the app shows',
  'twoFactor.enable': 'Turn on',
  'twoFactor.enabled': 'Two-step verification is on',
  'twoFactor.recoveryTitle': 'Save your recovery codes',
  'twoFactor.recoveryNote':
    'If your phone is lost or the app unavailable, a recovery code replaces the verification code at sign-in. Each works only once. They are shown only this once: copy or download them now and keep them safe.',
  'twoFactor.recoveryListLabel': '10 recovery codes',
  'twoFactor.copyAll': 'Copy all recovery codes',
  'twoFactor.download': 'Download as a text file',
  'twoFactor.downloadName': 'jianfu-recovery-codes.txt',
  'twoFactor.downloadHeader': 'Jianfu two-step verification recovery codes (each works once)',
  'twoFactor.continue': 'I have saved them, continue',
  'twoFactor.logout': 'Log out',
  'account.title': 'Two-step verification',
  'account.status': 'Status',
  'account.on': 'On',
  'account.off': 'Off',
  'account.requiredNote':
    'Your role (system administrator, burden-reduction office, inspector) must use two-step verification, so it cannot be turned off.',
  'account.optionalNote':
    'When on, each sign-in asks for a code from the authenticator app on your phone as well as the password, so a leaked password alone cannot open your account.',
  'account.disableTitle': 'Turn off two-step verification',
  'account.disableHint': 'Enter a code from the authenticator app or a recovery code to confirm.',
  'account.codeOrRecovery': 'Code or recovery code',
  'account.disable': 'Turn off two-step verification',
  'account.disabled': 'Two-step verification is off',
  'account.setUp': 'Set up two-step verification',
  'account.cancel': 'Cancel',
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
