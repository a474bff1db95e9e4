// Formula panels (#/formulas, #/formulas/<id>?step=N): every formula of the survey, rendered and
// explained symbol by symbol on its own page; the index shows each one in brief, by chapter.
import { useSurvey } from '../../content/survey';
import type { FormulaRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { FormulaCard } from './FormulaCard';
import { FormulaPanel } from './FormulaPanel';

/** Section "4.3.1" sorts after "4.3" and before "4.10". */
const sectionKey = (s: string) => s.split('.').map((n) => n.padStart(3, '0')).join('.');

export default function FormulasView() {
  const t = useT();
  const text = useText();
  const { route, params } = useLocation();
  const id = route.name === 'formulas' ? route.id : undefined;
  const { formulas, nodes } = useSurvey('formulas', 'nodes');
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
  // Grouped by the survey's chapter (2 foundations, 3 fine-tuning, …), each headed by the taxonomy
  // node that carries that section number.
  const byChapter = new Map<string, FormulaRecord[]>();
  for (const x of sorted) {
    const chapter = x.section.split('.')[0];
    byChapter.set(chapter, [...(byChapter.get(chapter) ?? []), x]);
  }
  const chapterName = (chapter: string) => {
    const node = nodes.list.find((n) => n.section === chapter && n.depth === 0);
    return node ? `${chapter} ${text(node.name)}` : t('formulas.section', { section: chapter });
  };
  return (
    <div className="page formulas">
      <header className="page-header">
        <h1>{t('formulas.title')}</h1>
        <p className="lede">{t('formulas.intro')}</p>
        <p className="meta">{t('formulas.count', { count: formulas.list.length })}</p>
      </header>
      <nav aria-label={t('formulas.contents')} className="formula-toc">
        <ul>
          {[...byChapter.keys()].map((chapter) => (
            <li key={chapter}>
              <a href={`#fch-${chapter}`} onClick={(e) => {
                // In-page jump without touching the hash route.
                e.preventDefault();
                document.getElementById(`fch-${chapter}`)?.scrollIntoView();
              }}>
                {chapterName(chapter)}
              </a>{' '}
              <span className="meta">({byChapter.get(chapter)!.length})</span>
            </li>
          ))}
        </ul>
      </nav>
      {[...byChapter].map(([chapter, list]) => (
        <section key={chapter} aria-labelledby={`fch-${chapter}`}>
          <h2 id={`fch-${chapter}`}>{chapterName(chapter)}</h2>
          <div className="formula-grid">
            {list.map((x) => (
              <FormulaCard key={x.id} f={x} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
