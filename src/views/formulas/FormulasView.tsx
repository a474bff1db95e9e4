// Formula panels (#/formulas, #/formulas/<id>?step=N): every formula of the survey, rendered and
// explained symbol by symbol on its own page; the index shows one chapter's formulas in brief
// (#/formulas?chapter=N) and lists them all by title.
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
  // One chapter's formulas are drawn at a time (?chapter=4): the whole set is tens of thousands of
  // KaTeX nodes. The list at the end names every formula, so nothing is out of reach.
  const chapters = [...byChapter.keys()];
  const asked = params.get('chapter');
  const chapter = asked !== null && byChapter.has(asked) ? asked : chapters[0];
  const list = chapter ? byChapter.get(chapter)! : [];
  return (
    <div className="page formulas">
      <header className="page-header">
        <h1>{t('formulas.title')}</h1>
        <p className="lede">{t('formulas.intro')}</p>
        <p className="meta">{t('formulas.count', { count: formulas.list.length })}</p>
      </header>
      <nav aria-label={t('formulas.chapters')} className="chapter-tabs">
        <ul>
          {chapters.map((c) => (
            <li key={c}>
              <Link to={`#/formulas?chapter=${c}`} aria-current={c === chapter ? 'page' : undefined}>
                {chapterName(c)} <span className="meta">({byChapter.get(c)!.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {chapter && (
        <section aria-labelledby="fch-current">
          <h2 id="fch-current">{chapterName(chapter)}</h2>
          <div className="formula-grid">
            {list.map((x) => (
              <FormulaCard key={x.id} f={x} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="fch-all" className="formula-toc">
        <h2 id="fch-all">{t('formulas.all')}</h2>
        {chapters.map((c) => (
          <div key={c}>
            <h3 className="small-h">{chapterName(c)}</h3>
            <ul>
              {byChapter.get(c)!.map((x) => (
                <li key={x.id}>
                  <Link to={`#/formulas/${x.id}`}>{text(x.title)}</Link> <span className="meta">{x.section}{x.equation ? ` · ${t('formulas.equation', { n: x.equation })}` : ''}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </div>
  );
}
