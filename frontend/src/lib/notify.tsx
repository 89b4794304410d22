// Toasts (成功 / 失败 messages). antd's <App> would bring its modal and notification hooks (and
// their dependencies) into every page's first load; only message toasts are needed everywhere.
import { message } from 'antd';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

export type Notify = { success: (content: string) => void; error: (content: string) => void };

const NotifyContext = createContext<Notify>({ success: () => undefined, error: () => undefined });

/** Renders the toasts' holder; place it inside antd's ConfigProvider so toasts follow the theme. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [api, holder] = message.useMessage();
  // antd answers each call with a thenable that settles when the toast closes; nobody waits for it
  const notify = useMemo<Notify>(
    () => ({
      success: (content) => void api.success(content),
      error: (content) => void api.error(content),
    }),
    [api],
  );
  return (
    <NotifyContext.Provider value={notify}>
      {holder}
      {children}
    </NotifyContext.Provider>
  );
}

export function useNotify(): Notify {
  return useContext(NotifyContext);
}
