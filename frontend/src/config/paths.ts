// Every route URL of the app. Components build links only through these helpers.

const enc = encodeURIComponent;

type Query = Record<string, string | number | boolean | undefined | null>;

function withQuery(path: string, query: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `${path}?${s}` : path;
}

export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  login: {
    path: '/login',
    getHref: (redirectTo?: string | null) => withQuery('/login', { redirectTo }),
  },
  inbox: {
    path: '/inbox',
    getHref: (tab?: 'todo' | 'done' | 'copied' | 'escalations') =>
      withQuery('/inbox', { tab: tab === 'todo' ? undefined : tab }),
  },
  applications: {
    path: '/applications',
    /** `filters`: the dashboard's drill-down (status, deptOrgId, from, to, returned, step, late, overdue). */
    getHref: (scope: 'mine' | 'all' = 'mine', filters: Query = {}) =>
      withQuery('/applications', { scope: scope === 'mine' ? undefined : scope, ...filters }),
  },
  applicationNew: {
    path: '/applications/new',
    getHref: () => '/applications/new',
  },
  applicationDetail: {
    path: '/applications/:id',
    getHref: (id: number | string) => `/applications/${enc(String(id))}`,
  },
  applicationEdit: {
    path: '/applications/:id/edit',
    getHref: (id: number | string) => `/applications/${enc(String(id))}/edit`,
  },
  admissionItems: {
    path: '/admission-items',
    getHref: (filters: Query = {}) => withQuery('/admission-items', filters),
  },
  admissionItem: {
    path: '/admission-items/:id',
    getHref: (id: number | string) => `/admission-items/${enc(String(id))}`,
  },
  publicLookup: {
    path: '/public/lookup',
    getHref: (q?: string) => withQuery('/public/lookup', { q }),
  },
  publicLookupItem: {
    path: '/public/lookup/:id',
    getHref: (id: number | string) => `/public/lookup/${enc(String(id))}`,
  },
  clues: {
    path: '/clues',
    /** `filters`: the dashboard's drill-down (unitOrgId, townshipId, bucket, category, from, to). */
    getHref: (scope?: 'all' | 'unit' | 'township', filters: Query = {}) => withQuery('/clues', { scope, ...filters }),
  },
  clueNew: {
    path: '/clues/new',
    getHref: () => '/clues/new',
  },
  clueDetail: {
    path: '/clues/:id',
    getHref: (id: number | string) => `/clues/${enc(String(id))}`,
  },
  /** 基层承载力: the townships and villages ranked by load (a village's cadres are sent to their own village). */
  burden: {
    path: '/burden',
    getHref: () => '/burden',
  },
  burdenVillage: {
    path: '/burden/villages/:id',
    getHref: (id: number | string) => `/burden/villages/${enc(String(id))}`,
  },
  statistics: {
    path: '/statistics',
    getHref: () => '/statistics',
  },
  /** 驾驶舱: the supervision dashboard, the period in the URL. */
  dashboard: {
    path: '/dashboard',
    getHref: (period: Query = {}) => withQuery('/dashboard', period),
  },
  /** Public portal (线索征集专区): report a problem; `task` prefills a refusal of a non-admitted task. */
  publicReport: {
    path: '/public/report',
    getHref: (refusedTask?: string | null) => withQuery('/public/report', { task: refusedTask }),
  },
  /**
   * Track a clue: the query code is typed in, never carried in the URL. `clueNo` (the receipt's QR
   * code) only fills in the number, which is no secret.
   */
  publicTrack: {
    path: '/public/track',
    getHref: (clueNo?: string | null) => withQuery('/public/track', { clueNo }),
  },
  publicTypical: {
    path: '/public/typical',
    getHref: () => '/public/typical',
  },
  /** 智能预警: status, rule and severity filters in the URL (no status: the open ones). */
  warnings: {
    path: '/warnings',
    getHref: (filters: Query = {}) => withQuery('/warnings', filters),
  },
  /** 未诉先办: recurring problems of a period (from, to) grouped by groupBy, all in the URL. */
  recurring: {
    path: '/recurring',
    getHref: (query: Query = {}) => withQuery('/recurring', query),
  },
  /** 专项治理: the special rectification topics. */
  specialTopics: {
    path: '/special-topics',
    getHref: () => '/special-topics',
  },
  specialTopicDetail: {
    path: '/special-topics/:id',
    getHref: (id: number | string) => `/special-topics/${enc(String(id))}`,
  },
  /** 基层评机关: the office's rounds (open, close). */
  evaluationRounds: {
    path: '/evaluation/rounds',
    getHref: () => '/evaluation/rounds',
  },
  /** Township and village cadres rate the departments of the rounds taking ratings. */
  evaluationRate: {
    path: '/evaluation/rate',
    getHref: () => '/evaluation/rate',
  },
  /** A round's results (a department: its own); the round in the URL. */
  evaluationResults: {
    path: '/evaluation/results',
    getHref: (roundId?: number | string | null) => withQuery('/evaluation/results', { round: roundId }),
  },
  /** The office screens the raters' comments; the round in the URL. */
  evaluationComments: {
    path: '/evaluation/comments',
    getHref: (roundId?: number | string | null) => withQuery('/evaluation/comments', { round: roundId }),
  },
  /** 清单复评: the admission list's two-year reviews; status and "only running" filters in the URL. */
  listReviews: {
    path: '/list-reviews',
    getHref: (filters: Query = {}) => withQuery('/list-reviews', filters),
  },
  /** One review (notifications link here). */
  listReviewDetail: {
    path: '/list-reviews/:id',
    getHref: (id: number | string) => `/list-reviews/${enc(String(id))}`,
  },
  /** 消息提醒: the user's notifications. */
  notifications: {
    path: '/notifications',
    getHref: (unreadOnly?: boolean) => withQuery('/notifications', { unread: unreadOnly ? 'true' : undefined }),
  },
  /** How the user wants to hear of notifications besides the in-app list. */
  accountNotifications: {
    path: '/account/notifications',
    getHref: () => '/account/notifications',
  },
  /** E-mail and gateway deliveries (ADMIN). */
  adminDeliveries: {
    path: '/admin/deliveries',
    getHref: (status?: string) => withQuery('/admin/deliveries', { status }),
  },
  adminUsers: {
    path: '/admin/users',
    getHref: () => '/admin/users',
  },
  adminOrgs: {
    path: '/admin/orgs',
    getHref: () => '/admin/orgs',
  },
  adminSynonyms: {
    path: '/admin/synonyms',
    getHref: () => '/admin/synonyms',
  },
  /** 工作日历: a year's holidays and make-up workdays (ADMIN); the year in the URL. */
  adminCalendar: {
    path: '/admin/calendar',
    getHref: (year?: number | null) => withQuery('/admin/calendar', { year }),
  },
  /** The one page a user whose role requires two-factor sign-in may open before setting it up. */
  twoFactorSetup: {
    path: '/two-factor/setup',
    getHref: (redirectTo?: string | null) => withQuery('/two-factor/setup', { redirectTo }),
  },
  accountTwoFactor: {
    path: '/account/two-factor',
    getHref: () => '/account/two-factor',
  },
  /** 我的常用意见: the user's saved phrases. */
  accountPhrases: {
    path: '/account/phrases',
    getHref: () => '/account/phrases',
  },
  /** Where the server sends a non-administrator who opened /camunda. */
  noAccess: {
    path: '/no-access',
    getHref: (to?: string | null) => withQuery('/no-access', { to }),
  },
  /** Camunda Cockpit/Tasklist, served by the backend itself (not a route of this app). */
  camundaWebapp: {
    path: '/camunda/app/',
    getHref: () => '/camunda/app/',
  },
} as const;

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

/** Only same-origin app paths may be used as a post-login target (no open redirects). */
export function safeRedirect(target: string | null | undefined, fallback: string = paths.inbox.getHref()): string {
  if (!target) return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  // browsers drop tabs and newlines from URLs, so "/\t/evil.example" would become "//evil.example"
  if (hasControlCharacter(target)) return fallback;
  if (target.startsWith(paths.login.path) || target.startsWith(paths.twoFactorSetup.path)) return fallback;
  return target;
}

/** Paths the backend serves itself (Camunda webapps, engine REST): reached by a full page load, not by the SPA router. */
export function isServerPath(target: string): boolean {
  return /^\/(camunda|engine-rest)(\/|$)/.test(target);
}
