// Formula panels (#/formulas, #/formulas/<id>): every formula rendered, with its symbols explained.
import { useSurvey } from '../../content/survey';
import type { FormulaRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { Tex } from '../../ui/Tex';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';

function FormulaPanel({ f, heading }: { f: FormulaRecord; heading: 'h1' | 'h2' }) {
  const t = useT();
  const text = useText();
  const H = heading;
  return (
    <article className="formula-panel" aria-labelledby={`f-${f.id}`}>
      <H id={`f-${f.id}`}>
        {heading === 'h2' ? <Link to={`#/formulas/${f.id}`}>{text(f.title)}</Link> : text(f.title)}
      </H>
      <p className="meta">
        {t('formulas.section', { section: f.section })}
        {f.equation ? ` · ${t('formulas.equation', { n: f.equation })}` : ''}
      </p>
      <Tex tex={f.tex} display />
      <h3 className="small-h">{t('formulas.glossary')}</h3>
      <dl className="glossary">
        {f.glossary.map((g, i) => (
          <div key={i}>
            <dt>
              <Tex tex={g.symbol} />
            </dt>
            <dd>{text(g.meaning)}</dd>
          </div>
        ))}
      </dl>
      {f.note && (
        <aside className="survey-note">
          <strong>{t('formulas.note')}:</strong> {text(f.note)}
        </aside>
      )}
    </article>
  );
}

export default function FormulasView() {
  const t = useT();
  const text = useText();
  const { route } = useLocation();
  const id = route.name === 'formulas' ? route.id : undefined;
  const { formulas } = useSurvey('formulas');
  const f = id ? formulas.byId.get(id) : undefined;
  usePageTitle(f ? text(f.title) : t('formulas.title'));
  if (id && !f) return <NotFound message={t('notFound.unknownId', { type: 'formula', id })} query={id.replace(/-/g, ' ')} />;
  if (f) {
    return (
      <div className="page formulas">
        <p className="eyebrow">
          <Link to="#/formulas">{t('formulas.title')}</Link>
        </p>
        <FormulaPanel f={f} heading="h1" />
      </div>
    );
  }
  return (
    <div className="page formulas">
      <header className="page-header">
        <h1>{t('formulas.title')}</h1>
        <p className="lede">{t('formulas.intro')}</p>
      </header>
      {formulas.list.map((x) => (
        <FormulaPanel key={x.id} f={x} heading="h2" />
      ))}
    </div>
  );
}
