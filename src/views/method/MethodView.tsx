// A method page (#/method/<id>): everything the survey says about one named item, and how to cite it.
import { useEffect } from 'react';
import { bibtexEntries } from '../../content/bibtex';
import { useSurvey } from '../../content/survey';
import { useLang, useT, useText } from '../../i18n';
import { navigate, useLocation } from '../../state/location';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { CopyButton } from '../../ui/CopyButton';
import { Link } from '../../ui/Link';
import { ReferenceList } from '../../ui/References';
import { FormulaCard } from '../formulas/FormulaCard';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { LinkedText } from '../../ui/LinkedText';

export default function MethodView() {
  const t = useT();
  const text = useText();
  const lang = useLang();
  const { route } = useLocation();
  const id = route.name === 'method' ? route.id : '';
  const { methods, nodes, references, formulas, timeline, datasets } = useSurvey('methods', 'nodes', 'references', 'formulas', 'timeline', 'datasets');
  const m = methods.byId.get(id);
  usePageTitle(m?.name);
  const isDataset = !m && datasets.byId.has(id);
  useEffect(() => {
    if (isDataset) navigate(`#/datasets/${id}`, { replace: true });
  }, [isDataset, id]);

  if (!m) return <NotFound message={t('notFound.unknownId', { type: t('kind.method'), id })} query={id.replace(/-/g, ' ')} />;

  const other = lang === 'en' ? 'zh' : 'en';
  const relatedItems = m.related.map((r) => methods.byId.get(r) ?? datasets.byId.get(r)).filter((x) => x !== undefined);
  const notes = new Map(m.refs.filter((c) => c.doubtful).map((c) => [c.ref, `Doubtful citation: ${c.doubtful!.en}`]));
  const bibtex = () => bibtexEntries(references.list, m.refs.map((c) => c.ref), notes);

  return (
    <article className="page method-page">
      <header className="page-header">
        <p className="eyebrow">{t(`kind.${m.kind}`)}</p>
        <h1>{m.name}</h1>
        {m.fullName && <p className="lede">{text(m.fullName)}</p>}
        {m.aliases.length > 0 && (
          <p className="muted">
            {t('method.aliases')}: {m.aliases.join(', ')}
          </p>
        )}
        <div className="button-row">
          {m.refs.length > 0 && <CopyButton text={bibtex} label={t('common.copyBibtex')} />}
          <CopyButton text={() => window.location.href} label={t('common.copyLink')} />
          {(m.year !== null || m.timeline.length > 0) && (
            <Link className="button" to={`#/timeline?focus=${m.id}`}>
              {t('timeline.showOnTimeline')}
            </Link>
          )}
        </div>
      </header>

      <dl className="facts">
        <div>
          <dt>{t('method.year')}</dt>
          <dd>{m.year ?? t('method.noYear')}</dd>
        </div>
        {m.firstPublic && (
          <div>
            <dt>{t('method.firstPublic')}</dt>
            <dd>
              <time dateTime={m.firstPublic}>{m.firstPublic}</time>
            </dd>
          </div>
        )}
        {m.org && (
          <div>
            <dt>{t('method.org')}</dt>
            <dd>{m.org}</dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="where-h">
        <h2 id="where-h">{t('method.placements')}</h2>
        {m.nodes.map((n) => (
          <Breadcrumbs key={n} nodes={nodes} id={n} label={t('method.placements')} />
        ))}
      </section>

      <section aria-labelledby="summary-h">
        <h2 id="summary-h">{t('method.summary')}</h2>
        <p>
          <LinkedText text={text(m.summary)} exclude={m.id} />
        </p>
        <p className="other-lang" lang={other === 'zh' ? 'zh-CN' : 'en'}>
          {m.summary[other]}
        </p>
        {m.surveyNote && (
          <aside className="survey-note">
            <strong>
              <span aria-hidden="true">⚠ </span>
              {t('method.surveyNote')}:
            </strong>{' '}
            <LinkedText text={text(m.surveyNote)} exclude={m.id} />
          </aside>
        )}
      </section>

      {m.formulas.length > 0 && (
        <section aria-labelledby="formulas-h">
          <h2 id="formulas-h">{t('method.formulas')}</h2>
          {m.formulas.map((fid) => {
            const f = formulas.byId.get(fid);
            return f ? <FormulaCard key={fid} f={f} /> : null;
          })}
        </section>
      )}

      {relatedItems.length > 0 && (
        <section aria-labelledby="related-h">
          <h2 id="related-h">{t('method.related')}</h2>
          <ul className="chip-list">
            {relatedItems.map((r) => (
              <li key={r.id}>
                <Link to={'kind' in r ? `#/method/${r.id}` : `#/datasets/${r.id}`}>{r.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {m.timeline.length > 0 && (
        <section aria-labelledby="timeline-h">
          <h2 id="timeline-h">{t('method.timeline')}</h2>
          <ul className="link-list">
            {m.timeline.map((eid) => {
              const e = timeline.byId.get(eid);
              if (!e) return null;
              return (
                <li key={eid}>
                  <Link to={`#/timeline?focus=${eid}`}>
                    {e.year} · {text(e.title) || e.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="ref-h">
        <h2 id="ref-h">{t('method.reference')}</h2>
        <ReferenceList refs={m.refs} references={references} />
      </section>
    </article>
  );
}
