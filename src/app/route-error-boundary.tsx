import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('errors.page.title')}</h1>
      <p>{t('errors.page.body')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('errors.page.retry')}
      </button>
    </section>
  );
}

type State = { failed: boolean };

/** Shows a calm message instead of a blank screen when a page fails to load or render. */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) return <PageError onRetry={() => window.location.reload()} />;
    return this.props.children;
  }
}
