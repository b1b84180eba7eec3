import { Link } from 'react-router';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { homePath } from '../../domain/routes';
import { useStrings } from '../../lib/i18n/use-strings';

interface BoundaryProps {
  /** The URL shown: a new one clears the error (the reader moved on). */
  resetKey: string;
  children: ReactNode;
}

/**
 * A page that throws while rendering shows a localized explanation in its place instead of a blank page:
 * the header, with its language links, stays, and the URL (with the wizard's answers and the filter) is
 * untouched, so "Try again" and a reload keep them.
 */
export class RouteErrorBoundary extends Component<BoundaryProps, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: { error: unknown; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The page failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return isLoadError(this.state.error) ? (
      <LoadErrorPage />
    ) : (
      <PageErrorPage tryAgain={() => this.setState({ error: null })} />
    );
  }
}

/** A chunk of code or data that did not arrive (offline, or a deploy removed the old files). */
export function isLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|module script failed|Failed to fetch|Importing a module script/i.test(
    error.message,
  );
}

function PageErrorPage({ tryAgain }: { tryAgain: () => void }) {
  const { t, lang, locale } = useStrings('app');
  return (
    <div className="page-error" lang={lang} role="alert">
      <h1 tabIndex={-1}>{t('pageError.title')}</h1>
      <p>{t('pageError.body')}</p>
      <p className="page-error-actions">
        <button type="button" className="button" onClick={tryAgain}>
          {t('pageError.tryAgain')}
        </button>
        <Link to={homePath(locale)}>{t('pageError.startAgain')}</Link>
      </p>
    </div>
  );
}

function LoadErrorPage() {
  const { t, lang } = useStrings('app');
  return (
    <div className="page-error" lang={lang} role="alert">
      <h1 tabIndex={-1}>{t('loadError.title')}</h1>
      <p>{t('loadError.body')}</p>
      <p className="page-error-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('loadError.reload')}
        </button>
      </p>
    </div>
  );
}
