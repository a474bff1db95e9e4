// Search results (#/search?q=…&root=…&kind=…&type=…&from=…&to=…): a shareable page of ranked matches
// with facets. The query text may carry filters too (`dpo year:2024 in:alignment`); facet choices live
// in their own parameters so Back undoes them one by one.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLang, useT, type MessageKey } from '../../i18n';
import { useLocation, updateParams } from '../../state/location';
import { Highlighted } from '../../search/Highlighted';
import { HitBadges } from '../../search/HitBadges';
import { snippet } from '../../search/highlight.ts';
import type { FacetCount } from '../../search/engine.ts';
import { useSearchClient, useSearchResult } from '../../search/loadEngine';
import { parseQuery } from '../../search/query';
import { useSurvey } from '../../content/survey';
import { ExportBibtex } from '../../ui/ExportBibtex';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';

const PAGE = 50;
const listParam = (p: URLSearchParams, key: string) => (p.get(key) ?? '').split(',').filter(Boolean);
const yearParam = (p: URLSearchParams, key: string) => {
  const v = Number(p.get(key));
  return Number.isInteger(v) && v >= 1950 && v <= 2030 ? v : null;
};

function Facet({ name, legend, counts, selected, label }: { name: string; legend: string; counts: FacetCount[]; selected: string[]; label: (v: string) => string }) {
  if (counts.length === 0 && selected.length === 0) return null;
  // Selected values stay visible even when the other filters leave them no results.
  const values = [...counts, ...selected.filter((s) => !counts.some((c) => c.value === s)).map((value) => ({ value, count: 0 }))];
  return (
    <fieldset>
      <legend>{legend}</legend>
      {values.map(({ value, count }) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={(e) => {
              const next = e.target.checked ? [...selected, value] : selected.filter((s) => s !== value);
              updateParams({ [name]: next.join(',') || null }, { replace: false });
            }}
          />
          <span>{label(value)}</span>
          <span className="count">{count}</span>
        </label>
      ))}
    </fieldset>
  );
}

export default function SearchView() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const client = useSearchClient();
  const { methods, datasets } = useSurvey('methods', 'datasets');
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLOListElement>(null);
  const q = (params.get('q') ?? '').trim();
  const roots = listParam(params, 'root');
  const kinds = listParam(params, 'kind');
  const types = listParam(params, 'type');
  const from = yearParam(params, 'from');
  const to = yearParam(params, 'to');
  const years = from !== null || to !== null ? { from, to } : null;
  usePageTitle(q ? `${t('search.title')}: ${q}` : t('search.title'));

  const answer = useSearchResult(client, q, { roots, kinds, types, years });
  const nodeName = new Map(client.docs.filter((d) => d.type === 'node').map((d) => [d.id, d.name[lang]]));
  const rootName = (r: string) => nodeName.get(r) ?? r;
  // Until the worker answers the first query (a few ms once the index is built), nothing is listed.
  const result = answer.result ?? { query: parseQuery(q), hits: [], facets: { root: [], kind: [], type: [], year: [] }, terms: [] };
  const hits = result.hits;
  const anyFilter = roots.length + kinds.length + types.length > 0 || years !== null;
  const status = !answer.result
    ? t('search.loading')
    : !q && !anyFilter
      ? t('search.empty')
      : hits.length
        ? t('search.results', { count: hits.length, query: q })
        : t('search.noResults', { query: q });

  // Arrow keys move between result links (Tab still works): quicker than tabbing past the badges.
  const onLinkKey = (e: KeyboardEvent<HTMLAnchorElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('.result-head a') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    e.preventDefault();
    links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  return (
    <div className="page search">
      <header className="page-header">
        <h1>{t('search.title')}</h1>
        <p role="status">{status}</p>
        <p className="muted">{t('search.hint')}</p>
        {result.query.notes.length > 0 && <p className="warn">{t('search.ignored', { filters: result.query.notes.join(', ') })}</p>}
      </header>
      <div className="search-layout">
        <aside className="facets" aria-label={t('search.facets')}>
          <Facet name="type" legend={t('search.facet.type')} counts={result.facets.type} selected={types} label={(v) => t(`type.${v}` as MessageKey)} />
          <Facet name="root" legend={t('search.facet.root')} counts={result.facets.root} selected={roots} label={rootName} />
          <Facet name="kind" legend={t('search.facet.kind')} counts={result.facets.kind} selected={kinds} label={(v) => t(`kind.${v}` as MessageKey)} />
          <fieldset>
            <legend>{t('search.facet.year')}</legend>
            <div className="year-range">
              {(['from', 'to'] as const).map((k) => (
                <label key={k}>
                  <span>{t(`search.${k}`)}</span>
                  <input
                    type="number"
                    min={2015}
                    max={2026}
                    value={(k === 'from' ? from : to) ?? ''}
                    onChange={(e) => updateParams({ [k]: e.target.value || null })}
                  />
                </label>
              ))}
            </div>
          </fieldset>
          {anyFilter && (
            <button type="button" className="button" onClick={() => updateParams({ root: null, kind: null, type: null, from: null, to: null }, { replace: false })}>
              {t('search.clearFilters')}
            </button>
          )}
        </aside>
        <section aria-label={t('search.title')}>
          {hits.length > 0 && (
            <p className="button-row">
              <ExportBibtex
                citations={hits.flatMap(({ doc }) => (doc.type === 'method' ? (methods.byId.get(doc.id)?.refs ?? []) : doc.type === 'dataset' ? (datasets.byId.get(doc.id)?.refs ?? []) : []))}
                fileName={`polm-search-${(q || 'filters').replace(/[^\w-]+/g, '_').slice(0, 40)}.bib`}
              />
            </p>
          )}
          <ol className="results" ref={list}>
            {hits.slice(0, limit).map(({ doc }) => (
              <li key={doc.key}>
                <div className="result-head">
                  <Link to={doc.href} onKeyDown={onLinkKey}>
                    <Highlighted text={doc.name[lang]} terms={result.terms} />
                  </Link>
                  <HitBadges doc={doc} rootName={rootName} />
                </div>
                {doc.type === 'method' && doc.names.length > 1 && (
                  <p className="muted">
                    <Highlighted text={doc.names.slice(1).filter((n) => n !== doc.name[lang]).join(' · ')} terms={result.terms} />
                  </p>
                )}
                <p>
                  <Highlighted text={snippet(doc.summary[lang], result.terms)} terms={result.terms} />
                </p>
              </li>
            ))}
          </ol>
          {hits.length > limit && (
            <p className="button-row">
              <span className="muted">{t('search.shown', { shown: limit, count: hits.length })}</span>
              <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
                {t('search.showMore')}
              </button>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
