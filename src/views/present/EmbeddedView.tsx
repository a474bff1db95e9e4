// A live app view inside a slide: the view reads its own location (the slide's route and parameters)
// and its navigation moves that location, not the page's, so a presenter can drag a demo's slider or
// walk the tree without leaving the deck. A new slide (new `hash`) starts from the slide's state.
import { Suspense, useEffect, useMemo, useState } from 'react';
import { VIEWS } from '../../app/routes';
import { ErrorBoundary } from '../../app/ErrorBoundary';
import { useLang, useT } from '../../i18n';
import { embedNavigation, LocationOverride } from '../../state/location';
import { parseHash } from '../../state/url';

export function EmbeddedView({ hash, live = true }: { hash: string; live?: boolean }) {
  const t = useT();
  const lang = useLang();
  const [local, setLocal] = useState<{ base: string; hash: string } | null>(null);
  // Local moves belong to this slide only: a different slide starts fresh.
  const current = local && local.base === hash ? local.hash : hash;
  const location = useMemo(() => {
    const loc = parseHash(current);
    return { ...loc, lang: loc.lang ?? lang };
  }, [current, lang]);

  useEffect(() => {
    if (!live) return;
    return embedNavigation({
      navigate: (h) => setLocal({ base: hash, hash: h.startsWith('#') ? h : `#${h}` }),
      updateParams: (changes) =>
        setLocal((prev) => {
          const from = prev && prev.base === hash ? prev.hash : hash;
          const q = from.indexOf('?');
          const params = new URLSearchParams(q === -1 ? '' : from.slice(q + 1));
          for (const [k, v] of Object.entries(changes)) {
            if (v === null || v === undefined || v === '') params.delete(k);
            else params.set(k, String(v));
          }
          const qs = params.toString();
          return { base: hash, hash: (q === -1 ? from : from.slice(0, q)) + (qs ? `?${qs}` : '') };
        }),
    });
  }, [hash, live]);

  const View = VIEWS[location.route.name];
  return (
    <LocationOverride.Provider value={location}>
      <ErrorBoundary key={current} lang={lang}>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <View />
        </Suspense>
      </ErrorBoundary>
    </LocationOverride.Provider>
  );
}
