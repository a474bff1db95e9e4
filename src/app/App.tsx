// The app: theme and language on <html>, the shell, and the view for the current route.
import { Suspense, useEffect, useSyncExternalStore } from 'react';
import { useLang, useT } from '../i18n';
import { useLocation } from '../state/location';
import { usePrefs } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { VIEWS } from './routes';
import { Shell } from './Shell';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
function usePrefersDark(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const mq = darkQuery();
      mq.addEventListener('change', cb);
      return () => mq.removeEventListener('change', cb);
    },
    () => darkQuery().matches,
    () => false,
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Mounted once per page: scrolls to the top, as a browser does on a real navigation. */
function ScrollToTop() {
  useEffect(() => window.scrollTo(0, 0), []);
  return null;
}

export function App() {
  const { route } = useLocation();
  const lang = useLang();
  const theme = usePrefs((s) => s.theme);
  const prefersDark = usePrefersDark();
  const resolvedTheme = theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  const View = VIEWS[route.name];
  // A new route is a new page (query-only changes such as slider moves are not). Moving the focus
  // within the taxonomy is not a new page either: the tree keeps its zoom and keyboard focus.
  const pageKey = route.name === 'taxonomy' ? route.name : JSON.stringify(route);

  return (
    <Shell>
      <ScrollToTop key={pageKey} />
      <ErrorBoundary key={pageKey} lang={lang}>
        <Suspense fallback={<Loading />}>
          <View />
        </Suspense>
      </ErrorBoundary>
    </Shell>
  );
}
