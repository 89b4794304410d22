export const NOTICE_KINDS = [
  'TASK_ASSIGNED',
  'TASK_REMINDER',
  'TASK_ESCALATED',
  'TASK_NUDGED',
  'TASK_TRANSFERRED',
  'TASK_DELEGATED',
  'TASK_RESOLVED',
  'CASE_COPIED',
  'EXTENSION_REQUESTED',
  'EXTENSION_DECIDED',
  'APPLICATION_DECIDED',
  'WARNING_RAISED',
  'REVIEW_FEEDBACK',
  'SUPERVISION_ISSUED',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** GET /api/notifications: one of the user's notifications; `title` is written by the server in Chinese. */
export type Notification = {
  id: number;
  kind: string;
  subjectType: string | null;
  subjectKey: string | null;
  title: string;
  /** An app path (/applications/12, /clues/5, /warnings, /inbox). */
  link: string | null;
  params: Record<string, string> | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationFilters = { unreadOnly: boolean; page: number; size: number };

/** GET/PUT /api/notifications/preferences: channels besides the in-app list, all off unless turned on. */
export type Preferences = {
  email: string | null;
  emailEnabled: boolean;
  webhookTo: string | null;
  webhookEnabled: boolean;
  /** One e-mail / gateway message each morning instead of one per event. */
  dailyDigest: boolean;
};

export const DELIVERY_STATUSES = ['FAILED', 'PENDING', 'SENT', 'HELD', 'DIGESTED', 'SKIPPED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const CHANNELS = ['EMAIL', 'WEBHOOK'] as const;

/** GET /api/notifications/deliveries (ADMIN): one notification on its way through one channel. */
export type Delivery = {
  id: number;
  notificationId: number;
  channel: string;
  address: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  title: string;
  kind: string;
  link: string | null;
  createdAt: string;
};
