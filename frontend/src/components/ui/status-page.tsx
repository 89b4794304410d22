import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

const ICONS = {
  success: <CheckCircleFilled aria-hidden className="status-page-icon status-success" />,
  error: <CloseCircleFilled aria-hidden className="status-page-icon status-error" />,
  warning: <ExclamationCircleFilled aria-hidden className="status-page-icon status-warning" />,
  info: <InfoCircleFilled aria-hidden className="status-page-icon status-info" />,
};

/**
 * A result: icon, title, explanation and actions. Like antd's Result, without its large illustrations,
 * which would otherwise be part of every page's first load (the error boundary and 404 page use this).
 */
export function StatusPage({
  status,
  title,
  subTitle,
  extra,
  children,
}: {
  status: keyof typeof ICONS;
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="status-page">
      {ICONS[status]}
      <h2 className="status-page-title">{title}</h2>
      {subTitle ? <p className="status-page-sub">{subTitle}</p> : null}
      {extra ? <div className="status-page-extra">{extra}</div> : null}
      {children}
    </section>
  );
}
