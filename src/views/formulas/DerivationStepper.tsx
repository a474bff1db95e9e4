// A derivation walked one step at a time: the current step's formula and its sentence, the earlier
// steps above it (dimmed), Previous/Next buttons and ←/→ on the stepper. The part that changed from
// the previous step is wrapped in \htmlClass{step-new}{…} by the content and highlighted in CSS.
// The step lives in the URL (?step=N, 1-based) so a lecture slide can open at a given step.
import { useState, type KeyboardEvent } from 'react';
import type { FormulaRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { LinkedText } from '../../ui/LinkedText';
import { Tex } from '../../ui/Tex';

type Step = FormulaRecord['derivation'][number];

export function DerivationStepper({ steps, step, onStep, idPrefix }: { steps: Step[]; step?: number; onStep?: (n: number) => void; idPrefix: string }) {
  const t = useT();
  const text = useText();
  // Uncontrolled on the index page; controlled (URL) on a formula's own page.
  const [local, setLocal] = useState(1);
  const current = Math.min(steps.length, Math.max(1, step ?? local));
  const go = (n: number) => {
    const next = Math.min(steps.length, Math.max(1, n));
    if (onStep) onStep(next);
    else setLocal(next);
  };
  const headingId = `${idPrefix}-derivation`;
  const arrows = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') go(current + 1);
    else if (e.key === 'ArrowLeft') go(current - 1);
  };
  return (
    <section className="derivation" aria-labelledby={headingId}>
      <h3 className="small-h" id={headingId}>
        {t('formulas.derivation')}
      </h3>
      <ol className="derivation-steps">
        {steps.slice(0, current).map((s, i) => (
          <li key={i} className={i + 1 === current ? 'current' : 'done'} aria-current={i + 1 === current ? 'step' : undefined}>
            <Tex tex={s.tex} display />
            <p>
              <LinkedText text={text(s.text)} />
            </p>
          </li>
        ))}
      </ol>
      <div
        className="button-row stepper-controls"
        role="group"
        aria-label={t('formulas.derivation')}
      >
        <button type="button" className="button" onClick={() => go(current - 1)} onKeyDown={arrows} disabled={current <= 1}>
          ← {t('formulas.prevStep')}
        </button>
        <span role="status" className="meta">
          {t('formulas.step', { n: current, count: steps.length })}
        </span>
        <button type="button" className="button" onClick={() => go(current + 1)} onKeyDown={arrows} disabled={current >= steps.length}>
          {t('formulas.nextStep')} →
        </button>
      </div>
    </section>
  );
}
