// The overview (#/): what the app is, the five paradigms, where each kind of reader starts, the
// history milestones, the survey's known errors, and the data download.
import type { CSSProperties } from 'react';
import { PARADIGMS } from '../../content/vocab';
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { Link } from '../../ui/Link';
import { CopyButton } from '../../ui/CopyButton';
import { surveyBibtex } from '../../content/bibtex';
import { ROOT_MARK, rootColor } from '../../ui/paradigm';
import { usePageTitle } from '../../ui/usePageTitle';

export default function HomeView() {
  const t = useT();
  const text = useText();
  // Only the small meta part: the first route must not wait for the taxonomy or the timeline.
  const { meta } = useSurvey('meta');
  const { survey, milestones } = meta;
  const roots = new Map(meta.roots.map((n) => [n.id, n]));
  usePageTitle(t('nav.home'));

  return (
    <div className="page home">
      <header className="page-header">
        <h1>{t('home.title')}</h1>
        <p className="lede">{t('home.intro', { title: text(survey.title) })}</p>
        <p className="source-line">
          {t('home.source')}: {survey.authors[0]} et al., <cite>{text(survey.title)}</cite>, {survey.year},{' '}
          <a href={`https://arxiv.org/abs/${survey.arxiv}`} rel="noreferrer">
            arXiv:{survey.arxiv}
          </a>{' '}
          <CopyButton text={surveyBibtex(survey)} label={t('common.citeSurvey')} />
        </p>
      </header>

      <section aria-labelledby="paradigms-h">
        <h2 id="paradigms-h">{t('home.paradigms')}</h2>
        <ul className="card-grid paradigms">
          {PARADIGMS.map((id) => {
            const node = roots.get(id);
            if (!node) return null;
            return (
              <li key={id} className="card paradigm-card" style={{ '--accent': rootColor(id) } as CSSProperties}>
                <h3>
                  <span className="root-mark" aria-hidden="true">
                    {ROOT_MARK[id]}
                  </span>
                  <Link to={`#/taxonomy/${id}`}>{text(node.name)}</Link>
                </h3>
                <p>{text(node.summary)}</p>
                <p className="meta">
                  {t('taxonomy.section', { section: node.section ?? '' })} · {t('home.methodCount', { count: node.methodCount })}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="start-h">
        <h2 id="start-h">{t('home.start')}</h2>
        <ul className="start-list">
          <li>
            <Link to="#/taxonomy">{t('home.startStudent')}</Link>
          </li>
          <li>
            <Link to="#/search">{t('home.startResearcher')}</Link>
          </li>
          <li>
            <Link to="#/present">{t('home.startInstructor')}</Link>
          </li>
        </ul>
      </section>

      {milestones.length > 0 && (
        <section aria-labelledby="milestones-h">
          <h2 id="milestones-h">{t('home.milestones')}</h2>
          <ol className="milestones">
            {milestones.map((e) => (
              <li key={e.id}>
                <span className="milestone-year">{e.year}</span>
                <span className="milestone-body">
                  <Link to={`#/timeline?focus=${e.id}`}>{text(e.title) || e.label}</Link>
                  {e.summary && <span className="milestone-summary"> — {text(e.summary)}</span>}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {survey.errata.length > 0 && (
        <section aria-labelledby="errata-h">
          <h2 id="errata-h">{t('home.errata')}</h2>
          <p>{t('home.errataIntro')}</p>
          <ul className="errata">
            {survey.errata.map((e) => (
              <li key={e.id}>
                <strong>{e.where}</strong>: {text(e.text)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="data-h">
        <h2 id="data-h">{t('home.data')}</h2>
        <p>
          {t('home.dataBody')}{' '}
          <a href="data/survey.json" download>
            survey.json
          </a>{' '}
          ·{' '}
          <a href="data/survey.schema.json" download>
            survey.schema.json
          </a>
        </p>
        <p className="muted">{t('home.dataStructure')}</p>
      </section>
    </div>
  );
}
