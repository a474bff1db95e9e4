// The survey's tables (#/tables, #/tables/<id>?q=&sort=&dir=&compare=): each as a sortable,
// filterable table with its columns explained, rows linked to their methods, unreadable cells marked
// uncertain, a side-by-side comparison of ticked rows, and CSV/JSON/BibTeX export of what is shown.
import type { ResolvedTable } from '../../content/schema';
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { downloadText } from '../../ui/download';
import { ExportBibtex } from '../../ui/ExportBibtex';
import { Link } from '../../ui/Link';
import { nameColumn } from '../../ui/table/nameColumn';
import { toCsv } from '../../ui/table/csv';
import { SortHeader } from '../../ui/table/SortHeader';
import { parseSort, sortRows, type SortDir } from '../../ui/table/sortRows';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';

type Row = ResolvedTable['rows'][number];

const onSort = (key: string, dir: SortDir) => updateParams({ sort: key, dir: dir === 'asc' ? null : dir }, { replace: false });

function TableList({ tables }: { tables: readonly ResolvedTable[] }) {
  const t = useT();
  const text = useText();
  return (
    <div className="page tables">
      <header className="page-header">
        <h1>{t('tables.title')}</h1>
        <p className="lede">{t('tables.intro')}</p>
      </header>
      <ul className="link-list">
        {[...tables]
          .sort((a, b) => a.number - b.number)
          .map((x) => (
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

export default function TablesView() {
  const t = useT();
  const text = useText();
  const { route, params } = useLocation();
  const id = route.name === 'tables' ? route.id : undefined;
  const { tables, methods, datasets } = useSurvey('tables', 'methods', 'datasets');
  const table = id ? tables.byId.get(id) : undefined;
  usePageTitle(table ? `${t('tables.table', { n: table.number })}: ${text(table.title)}` : t('tables.title'));
  if (id && !table) return <NotFound message={t('notFound.unknownId', { type: 'table', id })} query={id.replace(/-/g, ' ')} />;
  if (!table) return <TableList tables={tables.list} />;

  const keys = table.columns.map((c) => c.key);
  const sort = parseSort(params, keys, keys[0]);
  const q = (params.get('q') ?? '').trim().toLocaleLowerCase();
  const compare = new Set((params.get('compare') ?? '').split(',').filter((s) => /^\d+$/.test(s)).map(Number).filter((n) => Number.isInteger(n) && n >= 0 && n < table.rows.length));
  const shown = (v: Row['cells'][string]) => (v === null || v === undefined ? '–' : typeof v === 'boolean' ? (v ? t('tables.yes') : t('tables.no')) : String(v));
  const indexed = table.rows.map((row, index) => ({ row, index }));
  const filtered = q ? indexed.filter(({ row }) => Object.values(row.cells).some((v) => v !== null && String(v).toLocaleLowerCase().includes(q))) : indexed;
  const rows = sortRows(filtered, ({ row }) => row.cells[sort.key], sort.dir);
  // A row's record is a method or a dataset (Table 9); its name column links to the record's page and
  // is the row's header.
  const recordOf = (rid: string) => methods.byId.get(rid) ?? datasets.byId.get(rid);
  const pageOf = (rid: string) => (methods.byId.has(rid) ? `#/method/${rid}` : datasets.byId.has(rid) ? `#/datasets/${rid}` : null);
  const nameKey = nameColumn(keys, table.rows, (rid) => {
    const r = recordOf(rid);
    return r ? [r.name, ...r.aliases] : undefined;
  });
  const rowName = (row: Row) => shown(row.cells[nameKey]);
  const toggleCompare = (i: number, on: boolean) => {
    const next = new Set(compare);
    if (on) next.add(i);
    else next.delete(i);
    updateParams({ compare: [...next].sort((a, b) => a - b).join(',') || null }, { replace: false });
  };

  const cell = (row: Row, key: string) => {
    const uncertain = row.uncertain.includes(key);
    const value = shown(row.cells[key]);
    const page = key === nameKey && row.method ? pageOf(row.method) : null;
    return (
      <>
        {page ? <Link to={page}>{value}</Link> : value}
        {uncertain && (
          <span className="uncertain-mark" title={t('tables.uncertain')}>
            {' '}
            ?<span className="visually-hidden"> ({t('tables.uncertain')})</span>
          </span>
        )}
      </>
    );
  };

  return (
    <div className="page page-wide table-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="#/tables">{t('tables.title')}</Link>
        </p>
        <h1>
          {t('tables.table', { n: table.number })}: {text(table.title)}
        </h1>
        {table.summary && <p className="lede">{text(table.summary)}</p>}
      </header>
      {table.columns.some((c) => c.description) && (
        <details className="column-notes">
          <summary>{t('tables.columns')}</summary>
          <dl>
            {table.columns.map((c) => (
              <div key={c.key}>
                <dt>{text(c.label)}</dt>
                <dd>{c.description ? text(c.description) : '–'}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="button-row table-tools">
        <label>
          {t('tables.filter')}{' '}
          <input type="text" value={params.get('q') ?? ''} onChange={(e) => updateParams({ q: e.target.value || null })} />
        </label>
        <span role="status" className="meta">
          {t('tables.rows', { shown: rows.length, count: table.rows.length })}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => downloadText(toCsv(table.columns.map((c) => c.key), rows.map(({ row }) => keys.map((k) => row.cells[k] ?? ''))), `polm-${table.id}.csv`, 'text/csv')}
        >
          {t('common.exportCsv')}
        </button>
        <button type="button" className="button" onClick={() => downloadText(JSON.stringify({ ...table, rows: rows.map((r) => r.row) }, null, 2) + '\n', `polm-${table.id}.json`, 'application/json')}>
          {t('common.exportJson')}
        </button>
        <ExportBibtex citations={rows.flatMap(({ row }) => [...(row.ref ? [row.ref] : []), ...(row.method ? (methods.byId.get(row.method)?.refs ?? []) : [])])} fileName={`polm-${table.id}.bib`} />
      </div>
      <p className="meta">{t('tables.compareHint')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{text(table.title)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('tables.compare')}</span>
              </th>
              {table.columns.map((c) => (
                <SortHeader key={c.key} column={c.key} label={text(c.label)} sort={sort} onSort={onSort} title={c.description ? text(c.description) : undefined} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, index }) => (
              <tr key={index} className={compare.has(index) ? 'row-active' : undefined}>
                <td>
                  <input type="checkbox" checked={compare.has(index)} onChange={(e) => toggleCompare(index, e.target.checked)} aria-label={t('tables.compareRow', { name: rowName(row) })} />
                </td>
                {table.columns.map((c) =>
                  c.key === nameKey ? (
                    <th key={c.key} scope="row" className={row.uncertain.includes(c.key) ? 'uncertain' : undefined}>
                      {cell(row, c.key)}
                    </th>
                  ) : (
                    <td key={c.key} className={row.uncertain.includes(c.key) ? 'uncertain' : c.type === 'number' ? 'num' : undefined}>
                      {cell(row, c.key)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {compare.size > 0 && (
        <section aria-labelledby="compare-h" className="compare">
          <h2 id="compare-h">{t('tables.compareTitle')}</h2>
          <button type="button" className="button" onClick={() => updateParams({ compare: null }, { replace: false })}>
            {t('tables.clearCompare')}
          </button>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('tables.row')}</span>
                  </th>
                  {[...compare].map((i) => (
                    <th key={i} scope="col">
                      {cell(table.rows[i], nameKey)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.columns.filter((c) => c.key !== nameKey).map((c) => (
                  <tr key={c.key}>
                    <th scope="row">{text(c.label)}</th>
                    {[...compare].map((i) => (
                      <td key={i} className={table.rows[i].uncertain.includes(c.key) ? 'uncertain' : undefined}>
                        {cell(table.rows[i], c.key)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
