export type InboxTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  processKey: string;
  businessId: string | number;
  title: string;
  orgName: string | null;
  created: string | null;
  due: string | null;
  overdue: boolean;
  dueSoon: boolean;
  assignee: string | null;
  escalated: boolean;
};

export type DoneTask = {
  taskId: string;
  taskKey: string;
  taskName: string;
  processKey: string;
  businessId: string | number;
  title: string;
  completedAt: string | null;
};

export type PageParams = { page: number; size: number };
