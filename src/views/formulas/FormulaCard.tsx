// A formula in brief: its title (linking to its full panel), where the survey prints it, the formula
// itself, and what more its page holds (a derivation, a live demo, a note on the survey's form).
// The index and method pages list formulas this way; the glossary and steps live on the formula page.
import type { FormulaRecord } from '../../content/schema';
import { useT, useText, type MessageKey } from '../../i18n';
import { Link } from '../../ui/Link';
import { Tex } from '../../ui/Tex';

export function FormulaCard({ f }: { f: FormulaRecord }) {
  const t = useT();
  const text = useText();
  const extras = [
    f.derivation.length > 0 && t('formulas.hasDerivation', { count: f.derivation.length }),
    f.surveyTex && t('formulas.differs'),
    f.variants.length > 0 && t('formulas.hasVariants', { count: f.variants.length }),
  ].filter(Boolean);
  return (
    <article className="formula-card" aria-labelledby={`fc-${f.id}`}>
      <h3 id={`fc-${f.id}`} className="formula-card-title">
        <Link to={`#/formulas/${f.id}`}>{text(f.title)}</Link>
      </h3>
      <p className="meta">
        {t('formulas.section', { section: f.section })}
        {f.equation ? ` · ${t('formulas.equation', { n: f.equation })}` : ''}
        {extras.length > 0 && ` · ${extras.join(' · ')}`}
      </p>
      <Tex tex={f.tex} display />
      {f.demo && (
        <p>
          <Link to={`#/demos/${f.demo}`}>{t('formulas.tryDemo', { demo: t(`demos.${f.demo}` as MessageKey) })}</Link>
        </p>
      )}
    </article>
  );
}
