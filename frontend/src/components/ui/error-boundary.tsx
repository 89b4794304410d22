import { Button } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { StatusPage } from './status-page';

/** Friendly message instead of a blank page or a stack trace. */
export function ErrorFallback({ onReset }: { onReset?: () => void }) {
  const { t } = useI18n();
  return (
    <StatusPage
      status="error"
      title={t('error.title')}
      subTitle={t('error.subtitle')}
      extra={
        <Button
          type="primary"
          onClick={() => {
            onReset?.();
            window.location.reload();
          }}
        >
          {t('error.reload')}
        </Button>
      }
    />
  );
}

type Props = { children: ReactNode; fallback?: ReactNode };
type State = { hasError: boolean };

export class ErrorBoundary extends Component<Props, State> {
  state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // kept in the browser console for support staff; never rendered
    console.error('UI error', error, info.componentStack);
  }

  render() {
    if (this.state.hasError) return this.props.fallback ?? <ErrorFallback />;
    return this.props.children;
  }
}
