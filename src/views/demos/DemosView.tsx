// Demos (#/demos, #/demos/<ppo|dpo|grpo|ifd>?…): the index, or one live demo beside the formula it
// animates. Each demo is its own chunk, loaded with its route; every parameter lives in the URL.
import { lazy, Suspense } from 'react';
import { DEMOS, type DemoId } from '../../content/vocab';
import { useT } from '../../i18n';
import { navigate, useLocation } from '../../state/location';
import { hashOf } from '../../state/url';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';

const DEMO_VIEWS: Record<DemoId, ReturnType<typeof lazy>> = {
  ppo: lazy(() => import('./PpoDemo')),
  dpo: lazy(() => import('./DpoDemo')),
  grpo: lazy(() => import('./GrpoDemo')),
  ifd: lazy(() => import('./IfdDemo')),
};

export default function DemosView() {
  const t = useT();
  const { route, lang } = useLocation();
  const demo = route.name === 'demos' ? route.demo : undefined;
  usePageTitle(demo ? t(`demos.${demo}`) : t('demos.title'));
  if (demo) {
    const Demo = DEMO_VIEWS[demo];
    return (
      <div className="page page-wide demos">
        <header className="page-header">
          <p className="eyebrow">
            <Link to="#/demos">{t('demos.title')}</Link>
          </p>
          <h1>{t(`demos.${demo}`)}</h1>
          <p className="lede">{t(`demos.${demo}Body`)}</p>
          <p className="button-row">
            {/* Reset drops every parameter: the demo's defaults are its URL without a query. */}
            <button type="button" className="button" onClick={() => navigate(hashOf({ name: 'demos', demo }, { lang }), { replace: false })}>
              {t('demos.reset')}
            </button>
          </p>
        </header>
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <Demo />
        </Suspense>
      </div>
    );
  }
  return (
    <div className="page demos">
      <header className="page-header">
        <h1>{t('demos.title')}</h1>
        <p className="lede">{t('demos.intro')}</p>
      </header>
      <ul className="card-grid">
        {DEMOS.map((d) => (
          <li key={d} className="card">
            <h2>
              <Link to={`#/demos/${d}`}>{t(`demos.${d}`)}</Link>
            </h2>
            <p>{t(`demos.${d}Body`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
