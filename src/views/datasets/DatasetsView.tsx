// Datasets (#/datasets?q=&category=&construction=&stage=&lang=&task=&sort=&dir=, #/datasets/<id>):
// the datasets of section 8 and Table 9 as a sortable, filterable table with facet counts, a size
// chart linked to it, and CSV/JSON/BibTeX export of what is shown. One page per dataset.
import { useState } from 'react';
import { useSurvey } from '../../content/survey';
import { useT, type MessageKey } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { downloadText } from '../../ui/download';
import { ExportBibtex } from '../../ui/ExportBibtex';
import { Link } from '../../ui/Link';
import { toCsv } from '../../ui/table/csv';
import { SortHeader } from '../../ui/table/SortHeader';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { DatasetChart } from './DatasetChart';
import { DatasetPage } from './DatasetPage';
import { applyDatasetQuery, FACETS, parseDatasetQuery } from './datasetFilter';

const onSort = (key: string, dir: 'asc' | 'desc') => updateParams({ sort: key === 'name' ? null : key, dir: dir === 'asc' ? null : dir }, { replace: false });

export default function DatasetsView() {
  const t = useT();
  const { route, params } = useLocation();
  const id = route.name === 'datasets' ? route.id : undefined;
  const { datasets } = useSurvey('datasets');
  const [hover, setHover] = useState<string | null>(null);
  const d = id ? datasets.byId.get(id) : undefined;
  usePageTitle(d ? d.name : t('datasets.title'));
  if (id && !d) return <NotFound message={t('notFound.unknownId', { type: t('kind.dataset'), id })} query={id.replace(/-/g, ' ')} />;
  if (d) return <DatasetPage d={d} />;

  const query = parseDatasetQuery(params);
  const { rows, counts } = applyDatasetQuery(datasets.list, query);
  const v = (value: string) => t(`dsv.${value}` as MessageKey);
  const header = ['name', 'category', 'construction', 'size', 'size_unit', 'languages', 'task', 'stages', 'origin', 'release', 'year'];
  const csvRows = rows.map((x) => [x.name, x.category, x.construction, x.size?.value ?? '', x.size?.unit ?? '', x.languages, x.task ?? '', x.stages, x.origin ?? '', x.release ?? '', x.year ?? '']);

  return (
    <div className="page page-wide datasets">
      <header className="page-header">
        <h1>{t('datasets.title')}</h1>
        <p className="lede">{t('datasets.intro')}</p>
        <p>
          <Link to="#/tables">{t('tables.title')}</Link>
        </p>
      </header>
      <div className="search-layout">
        <aside className="facets" aria-label={t('datasets.filter')}>
          <label className="text-filter">
            <span>{t('datasets.filterText')}</span>
            <input type="text" value={query.q} onChange={(e) => updateParams({ q: e.target.value || null })} />
          </label>
          {FACETS.map((f) =>
            counts[f].length === 0 && query.facets[f].length === 0 ? null : (
              <fieldset key={f}>
                <legend>{t(`datasets.facet.${f}` as MessageKey)}</legend>
                {counts[f].map(([value, count]) => (
                  <label key={value}>
                    <input
                      type="checkbox"
                      checked={query.facets[f].includes(value)}
                      onChange={(e) => {
                        const next = e.target.checked ? [...query.facets[f], value] : query.facets[f].filter((x) => x !== value);
                        updateParams({ [f]: next.join(',') || null }, { replace: false });
                      }}
                    />
                    <span>{v(value)}</span>
                    <span className="count">{count}</span>
                  </label>
                ))}
              </fieldset>
            ),
          )}
        </aside>
        <section aria-label={t('datasets.title')}>
          <DatasetChart
            rows={rows}
            active={hover}
            onHover={setHover}
            labels={{ title: t('datasets.chart'), alt: t('datasets.chartAlt', { count: rows.length }), x: t('datasets.chartX'), y: t('datasets.chartY'), category: v }}
          />
          <div className="button-row">
            <span role="status" className="meta">
              {t('datasets.count', { shown: rows.length, count: datasets.list.length })}
            </span>
            <button type="button" className="button" onClick={() => downloadText(toCsv(header, csvRows), 'polm-datasets.csv', 'text/csv')}>
              {t('common.exportCsv')}
            </button>
            <button type="button" className="button" onClick={() => downloadText(JSON.stringify(rows, null, 2) + '\n', 'polm-datasets.json', 'application/json')}>
              {t('common.exportJson')}
            </button>
            <ExportBibtex citations={rows.flatMap((x) => x.refs)} fileName="polm-datasets.bib" />
          </div>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('datasets.title')}</caption>
              <thead>
                <tr>
                  {(
                    [
                      ['name', 'datasets.name'],
                      ['category', 'datasets.category'],
                      ['size', 'datasets.size'],
                      ['languages', 'datasets.languages'],
                      ['task', 'datasets.task'],
                      ['stages', 'datasets.stages'],
                      ['origin', 'datasets.origin'],
                      ['release', 'datasets.release'],
                    ] as const
                  ).map(([key, label]) => (
                    <SortHeader key={key} column={key} label={t(label)} sort={query.sort} onSort={onSort} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((x) => (
                  <tr key={x.id} className={hover === x.id ? 'row-active' : undefined} onMouseEnter={() => setHover(x.id)} onMouseLeave={() => setHover(null)} onFocus={() => setHover(x.id)} onBlur={() => setHover(null)}>
                    <th scope="row">
                      <Link to={`#/datasets/${x.id}`}>{x.name}</Link>
                    </th>
                    <td>
                      {v(x.category)}
                      <div className="meta">{x.construction.map(v).join(', ')}</div>
                    </td>
                    <td className="num" data-value={x.size?.value}>
                      {x.size ? (
                        <>
                          {x.size.label} <span className="meta">{t(`unit.${x.size.unit}` as MessageKey)}</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td>{x.languages.map(v).join(', ') || '–'}</td>
                    <td>{x.task ? v(x.task) : '–'}</td>
                    <td>{x.stages.map(v).join(', ') || '–'}</td>
                    <td>{x.origin ?? '–'}</td>
                    <td>{x.release ?? x.year ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}
