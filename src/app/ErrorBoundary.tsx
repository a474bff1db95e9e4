// Catches render errors in a view and shows a readable message instead of a blank page. Keyed by
// route in App, so navigating elsewhere recovers; "Try again" re-renders (and refetches failed data).
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { DataLoadError } from '../content/survey';
import { translate } from '../i18n';
import type { Lang } from '../content/vocab';

interface Props {
  lang: Lang;
  children: ReactNode;
}
interface State {
  error: Error | null;
  attempt: number;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for bug reports; the reader sees the panel below.
    console.warn('View failed to render:', error, info.componentStack);
  }

  render() {
    const { error, attempt } = this.state;
    const t = (k: Parameters<typeof translate>[1]) => translate(this.props.lang, k);
    if (!error) return <div key={attempt}>{this.props.children}</div>;
    return (
      <section className="error-panel" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">{t('error.title')}</h1>
        <p>{error instanceof DataLoadError ? t('error.data') : t('error.body')}</p>
        <details>
          <summary>{t('error.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <p className="button-row">
          <button type="button" className="button" onClick={() => this.setState({ error: null, attempt: attempt + 1 })}>
            {t('error.retry')}
          </button>
          <a className="button" href="#/">
            {t('error.home')}
          </a>
        </p>
      </section>
    );
  }
}
