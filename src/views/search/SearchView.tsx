// Search results (#/search?q=…): a shareable page of matches over method names, aliases and summaries.
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';

export default function SearchView() {
  const t = useT();
  const text = useText();
  const { params } = useLocation();
  const q = (params.get('q') ?? '').trim();
  const { methods } = useSurvey('methods');
  usePageTitle(q ? `${t('search.title')}: ${q}` : t('search.title'));
  const needle = q.toLowerCase();
  const results = needle
    ? methods.list.filter((m) => [m.name, ...m.aliases, m.summary.en, m.summary.zh].some((s) => s.toLowerCase().includes(needle)))
    : [];
  return (
    <div className="page search">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
        <p role="status">{q ? (results.length ? t('search.results', { count: results.length, query: q }) : t('search.noResults', { query: q })) : t('search.empty')}</p>
      </header>
      <ol className="results">
        {results.map((m) => (
          <li key={m.id}>
            <Link to={`#/method/${m.id}`}>{m.name}</Link> <span className="meta">{m.year ?? ''}</span>
            <p>{text(m.summary)}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
