// Shown for any route the app does not know (and for unknown ids, via <Missing>): says what was asked
// for, offers search, and the main places to go. Never blank.
import { useState } from 'react';
import { useT } from '../../i18n';
import { navigate, useLocation } from '../../state/location';
import { hashOf } from '../../state/url';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';

export function NotFound({ message, query }: { message: string; query: string }) {
  const t = useT();
  const { lang } = useLocation();
  const [value, setValue] = useState(query);
  usePageTitle(t('notFound.title'));
  return (
    <div className="page not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{message}</p>
      <form
        role="search"
        className="inline-search"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(hashOf({ name: 'search' }, { q: value.trim(), lang }));
        }}
      >
        <label>
          <span className="visually-hidden">{t('search.label')}</span>
          <input type="search" value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('search.label')} />
        </label>
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      <p>{t('notFound.browse')}:</p>
      <ul className="link-list">
        <li><Link to="#/">{t('nav.home')}</Link></li>
        <li><Link to="#/taxonomy">{t('nav.taxonomy')}</Link></li>
        <li><Link to="#/timeline">{t('nav.timeline')}</Link></li>
        <li><Link to="#/formulas">{t('nav.formulas')}</Link></li>
        <li><Link to="#/datasets">{t('nav.datasets')}</Link></li>
      </ul>
    </div>
  );
}

/** A query worth searching for, from a mistyped path: its last segment, words split out. */
export function queryFromPath(path: string): string {
  const last = path.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/[-_]+/g, ' ').slice(0, 80);
}

export default function NotFoundView() {
  const t = useT();
  const { route } = useLocation();
  const path = route.name === 'notFound' ? route.path : '';
  return <NotFound message={t('notFound.body', { path })} query={queryFromPath(path)} />;
}
