// Formula panels (#/formulas, #/formulas/<id>?step=N): every formula of the survey, rendered and
// explained symbol by symbol; the index groups them by the survey's sections.
import { useSurvey } from '../../content/survey';
import type { FormulaRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { FormulaPanel } from './FormulaPanel';

/** Section "4.3.1" sorts after "4.3" and before "4.10". */
const sectionKey = (s: string) => s.split('.').map((n) => n.padStart(3, '0')).join('.');

export default function FormulasView() {
  const t = useT();
  const text = useText();
  const { route, params } = useLocation();
  const id = route.name === 'formulas' ? route.id : undefined;
  const { formulas } = useSurvey('formulas');
  const f = id ? formulas.byId.get(id) : undefined;
  usePageTitle(f ? text(f.title) : t('formulas.title'));
  if (id && !f) return <NotFound message={t('notFound.unknownId', { type: 'formula', id })} query={id.replace(/-/g, ' ')} />;
  if (f) {
    const step = Number(params.get('step'));
    return (
      <div className="page formulas">
        <p className="eyebrow">
          <Link to="#/formulas">{t('formulas.title')}</Link>
        </p>
        <FormulaPanel
          f={f}
          heading="h1"
          step={Number.isInteger(step) && step >= 1 ? step : undefined}
          onStep={(n) => updateParams({ step: n === 1 ? null : n })}
        />
      </div>
    );
  }
  const sorted = [...formulas.list].sort((a, b) => sectionKey(a.section).localeCompare(sectionKey(b.section)) || (a.equation ?? 999) - (b.equation ?? 999));
  const bySection = new Map<string, FormulaRecord[]>();
  for (const x of sorted) {
    const top = x.section.split('.').slice(0, 2).join('.');
    bySection.set(top, [...(bySection.get(top) ?? []), x]);
  }
  return (
    <div className="page formulas">
      <header className="page-header">
        <h1>{t('formulas.title')}</h1>
        <p className="lede">{t('formulas.intro')}</p>
        <p className="meta">{t('formulas.count', { count: formulas.list.length })}</p>
      </header>
      <nav aria-label={t('formulas.contents')} className="formula-toc">
        <ul>
          {sorted.map((x) => (
            <li key={x.id}>
              <a href={`#f-${x.id}`} onClick={(e) => {
                // In-page jump without touching the hash route.
                e.preventDefault();
                document.getElementById(`f-${x.id}`)?.scrollIntoView();
              }}>
                <span className="meta">{x.section}</span> {text(x.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[...bySection].map(([section, list]) => (
        <section key={section} aria-label={t('formulas.section', { section })}>
          {list.map((x) => (
            <FormulaPanel key={x.id} f={x} heading="h2" />
          ))}
        </section>
      ))}
    </div>
  );
}
