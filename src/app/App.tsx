// The app: theme and language on <html>, the shell, and the view for the current route.
import { Suspense, useEffect } from 'react';
import { useLang, useT } from '../i18n';
import { useLocationValue } from '../state/location';
import { useResolvedTheme } from '../state/theme';
import { ErrorBoundary } from './ErrorBoundary';
import { VIEWS } from './routes';
import { Shell } from './Shell';

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
  // A block body, not `() => window.scrollTo(…)`: newer Chromium returns a Promise from scrollTo, and
  // React would take that return value for a cleanup function.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  return null;
}

export function App() {
  // The route, not the whole location: a query change (a slider) re-renders the view that reads it,
  // not the app around it.
  const route = useLocationValue((l) => l.route);
  const lang = useLang();
  const resolvedTheme = useResolvedTheme();
  const presenting = route.name === 'present' && route.deckId !== undefined;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = resolvedTheme;
  }, [resolvedTheme]);

  const View = VIEWS[route.name];
  // A new route is a new page (query-only changes such as slider moves are not). Moving the focus
  // within the taxonomy is not a new page either: the tree keeps its zoom and keyboard focus.
  // Nor is the next slide of a deck: the slideshow (its timer, its channel to the speaker view) stays.
  const pageKey = route.name === 'taxonomy' ? route.name : route.name === 'present' ? `present:${route.deckId ?? ''}` : JSON.stringify(route);

  const view = (
    <ErrorBoundary key={pageKey} lang={lang}>
      <Suspense fallback={<Loading />}>
        <View />
      </Suspense>
    </ErrorBoundary>
  );
  // Slides fill the window: no banner, the slide frame brings its own controls and landmarks.
  if (presenting) return view;
  return (
    <Shell>
      <ScrollToTop key={pageKey} />
      {view}
    </Shell>
  );
}
