// One dataset (#/datasets/<id>), like a method page: where the survey places it, what it is, how it
// was made, its size with unit, languages, stages, origin, release, related records and reference.
import { bibtexEntries } from '../../content/bibtex';
import type { ResolvedDataset } from '../../content/schema';
import { useSurvey } from '../../content/survey';
import { useT, useText, type MessageKey } from '../../i18n';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { CopyButton } from '../../ui/CopyButton';
import { Link } from '../../ui/Link';
import { LinkedText } from '../../ui/LinkedText';
import { ReferenceList } from '../../ui/References';

export function DatasetPage({ d }: { d: ResolvedDataset }) {
  const t = useT();
  const text = useText();
  const { references, nodes, methods, datasets } = useSurvey('references', 'nodes', 'methods', 'datasets');
  const v = (value: string) => t(`dsv.${value}` as MessageKey);
  const bib = bibtexEntries(references.list, d.refs.map((r) => r.ref));
  const fact = (label: MessageKey, value: string | undefined | null) =>
    value ? (
      <div>
        <dt>{t(label)}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <article className="page dataset-page">
      <header className="page-header">
        <p className="eyebrow">
          <Link to="#/datasets">{t('datasets.title')}</Link>
        </p>
        <h1>{d.name}</h1>
        {d.aliases.length > 0 && (
          <p className="muted">
            {t('method.aliases')}: {d.aliases.join(', ')}
          </p>
        )}
        <div className="button-row">
          {bib && <CopyButton text={bib} label={t('common.copyBibtex')} />}
          <CopyButton text={() => window.location.href} label={t('common.copyLink')} />
        </div>
      </header>
      {d.nodes.map((n) => (
        <Breadcrumbs key={n} nodes={nodes} id={n} label={t('method.placements')} />
      ))}
      <p>
        <LinkedText text={text(d.summary)} />
      </p>
      <dl className="facts">
        {fact('datasets.category', v(d.category))}
        {fact('datasets.construction', d.construction.map(v).join(', '))}
        {fact('datasets.size', d.size ? `${d.size.label} ${t(`unit.${d.size.unit}` as MessageKey)} (${d.size.value.toLocaleString('en')})` : null)}
        {fact('datasets.languages', d.languages.map(v).join(', '))}
        {fact('datasets.task', d.task ? v(d.task) : null)}
        {fact('datasets.stages', d.stages.map(v).join(', '))}
        {fact('datasets.origin', d.origin)}
        {fact('datasets.release', d.release)}
        {fact('datasets.year', d.year !== null ? String(d.year) : t('method.noYear'))}
      </dl>
      {d.related.length > 0 && (
        <>
          <h2>{t('datasets.related')}</h2>
          <ul className="chip-list">
            {d.related.map((rid) => {
              const m = methods.byId.get(rid);
              const other = datasets.byId.get(rid);
              return (
                <li key={rid}>
                  <Link to={m ? `#/method/${rid}` : `#/datasets/${rid}`}>{m?.name ?? other?.name ?? rid}</Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>{t('method.reference')}</h2>
      <ReferenceList refs={d.refs} references={references} />
    </article>
  );
}
