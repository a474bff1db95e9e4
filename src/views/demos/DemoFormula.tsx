// The formula a demo animates (DEMO_FORMULA names it; the validator checks it exists and links back).
import { memo } from 'react';
import { useSurvey } from '../../content/survey';
import { DEMO_FORMULA, type DemoId } from '../../content/vocab';
import { useT, useText } from '../../i18n';
import { Link } from '../../ui/Link';
import { Tex } from '../../ui/Tex';

// Memoised: a demo re-renders on every slider step, its formula never changes.
export const DemoFormula = memo(function DemoFormula({ demo }: { demo: DemoId }) {
  const t = useT();
  const text = useText();
  const { formulas } = useSurvey('formulas');
  const f = formulas.byId.get(DEMO_FORMULA[demo]);
  if (!f) return null;
  return (
    <section className="formula-card" aria-labelledby={`df-${f.id}`}>
      <h2 id={`df-${f.id}`} className="small-h">
        {t('demos.formula')}: {text(f.title)}
      </h2>
      <Tex tex={f.tex} display />
      <p>
        <Link to={`#/formulas/${f.id}`}>{t('demos.openFormula')}</Link>
      </p>
    </section>
  );
});
