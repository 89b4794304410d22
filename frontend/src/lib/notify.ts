import { App } from 'antd';
import { useMemo } from 'react';

export type Notify = { success: (content: string) => void; error: (content: string) => void };

/**
 * antd's toasts (App.useApp().message) as plain calls: antd answers each with a thenable that
 * resolves when the toast closes, which no caller here waits for.
 */
export function useNotify(): Notify {
  const { message } = App.useApp();
  return useMemo(
    () => ({
      success: (content) => void message.success(content),
      error: (content) => void message.error(content),
    }),
    [message],
  );
}
