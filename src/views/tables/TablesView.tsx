// The survey's tables (#/tables, #/tables/<id>) as real tables, rows linked to their methods.
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';

export default function TablesView() {
  const t = useT();
  const text = useText();
  const { route } = useLocation();
  const id = route.name === 'tables' ? route.id : undefined;
  const { tables } = useSurvey('tables');
  const table = id ? tables.byId.get(id) : undefined;
  usePageTitle(table ? `${t('tables.table', { n: table.number })}: ${text(table.title)}` : t('tables.title'));
  if (id && !table) return <NotFound message={t('notFound.unknownId', { type: 'table', id })} query={id.replace(/-/g, ' ')} />;
  if (!table) {
    return (
      <div className="page tables">
        <header className="page-header">
          <h1>{t('tables.title')}</h1>
          <p className="lede">{t('tables.intro')}</p>
        </header>
        <ul className="link-list">
          {[...tables.list].sort((a, b) => a.number - b.number).map((x) => (
            <li key={x.id}>
              <Link to={`#/tables/${x.id}`}>
                {t('tables.table', { n: x.number })}: {text(x.title)}
              </Link>{' '}
              <span className="meta">({x.rows.length})</span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="page table-page">
      <header className="page-header">
        <p className="eyebrow"><Link to="#/tables">{t('tables.title')}</Link></p>
        <h1>{t('tables.table', { n: table.number })}: {text(table.title)}</h1>
        {table.summary && <p className="lede">{text(table.summary)}</p>}
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.key} scope="col" title={c.description ? text(c.description) : undefined}>
                  {text(c.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {table.columns.map((c, j) => {
                  const v = r.cells[c.key];
                  const shown = v === null || v === undefined ? '–' : typeof v === 'boolean' ? (v ? '✓' : '✗') : String(v);
                  const uncertain = r.uncertain.includes(c.key);
                  const content = j === 0 && r.method ? <Link to={`#/method/${r.method}`}>{shown}</Link> : shown;
                  return (
                    <td key={c.key} className={uncertain ? 'uncertain' : undefined}>
                      {content}
                      {uncertain && <span className="uncertain-mark" title={t('tables.uncertain')} aria-label={t('tables.uncertain')}> ?</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
