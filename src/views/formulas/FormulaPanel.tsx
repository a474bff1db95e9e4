// One formula: title, section, the formula (KaTeX, HTML + MathML), a glossary linked both ways to
// the formula's symbols (hover or focus one, the other lights up), the survey's printed form and the
// note where it differs, a derivation to step through, implementation variants, methods and demo.
import { useEffect, useRef, useState } from 'react';
import type { FormulaRecord } from '../../content/schema';
import { useSurvey } from '../../content/survey';
import { useT, useText, type MessageKey } from '../../i18n';
import { CopyButton } from '../../ui/CopyButton';
import { Link } from '../../ui/Link';
import { LinkedText } from '../../ui/LinkedText';
import { Tex } from '../../ui/Tex';
import { DerivationStepper } from './DerivationStepper';
import { markSymbol, symbolKeyAt } from './symbols';

export function FormulaPanel({ f, heading, step, onStep }: { f: FormulaRecord; heading: 'h1' | 'h2'; step?: number; onStep?: (n: number) => void }) {
  const t = useT();
  const text = useText();
  const { methods } = useSurvey('methods');
  const H = heading;
  const formulaRef = useRef<HTMLDivElement>(null);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [pinnedKey, setPinnedKey] = useState<string | null>(null);
  const activeKey = hoverKey ?? pinnedKey;

  // KaTeX output is not React's DOM: mark the active symbol there directly. Re-run when KaTeX
  // arrives (the container's content changes), observed with a MutationObserver.
  useEffect(() => {
    const el = formulaRef.current;
    if (!el) return;
    markSymbol(el, activeKey);
    const mo = new MutationObserver(() => markSymbol(el, activeKey));
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [activeKey]);

  const titleId = `f-${f.id}`;
  return (
    <article className="formula-panel" aria-labelledby={titleId}>
      <H id={titleId}>{heading === 'h2' ? <Link to={`#/formulas/${f.id}`}>{text(f.title)}</Link> : text(f.title)}</H>
      <p className="meta">
        {t('formulas.section', { section: f.section })}
        {f.equation ? ` · ${t('formulas.equation', { n: f.equation })}` : ''}
      </p>
      <div
        ref={formulaRef}
        className="formula-main"
        onMouseOver={(e) => setHoverKey(symbolKeyAt(e.target as Element, e.currentTarget))}
        onMouseLeave={() => setHoverKey(null)}
        onFocus={(e) => setHoverKey(symbolKeyAt(e.target as Element, e.currentTarget))}
        onBlur={() => setHoverKey(null)}
      >
        <Tex tex={f.tex} display />
      </div>
      <div className="button-row">
        <CopyButton text={f.tex} label={t('formulas.copyTex')} />
        {f.demo && (
          <Link className="button" to={`#/demos/${f.demo}`}>
            {t('formulas.tryDemo', { demo: t(`demos.${f.demo}` as MessageKey) })}
          </Link>
        )}
      </div>

      <h3 className="small-h">{t('formulas.glossary')}</h3>
      <dl className="glossary">
        {f.glossary.map((g, i) => {
          const active = g.key !== undefined && g.key === activeKey;
          return (
            <div key={i} className={active ? 'glossary-active' : undefined} onMouseEnter={() => g.key && setHoverKey(g.key)} onMouseLeave={() => setHoverKey(null)}>
              <dt>
                {g.key ? (
                  <button
                    type="button"
                    className="symbol-button"
                    aria-pressed={pinnedKey === g.key}
                    aria-label={t('formulas.highlight', { symbol: text(g.meaning).split(/[.;:,。；：，]/)[0] })}
                    onFocus={() => setHoverKey(g.key!)}
                    onBlur={() => setHoverKey(null)}
                    onClick={() => setPinnedKey((k) => (k === g.key ? null : g.key!))}
                  >
                    <Tex tex={g.symbol} />
                  </button>
                ) : (
                  <Tex tex={g.symbol} />
                )}
              </dt>
              <dd>{text(g.meaning)}</dd>
            </div>
          );
        })}
      </dl>

      {f.surveyTex && (
        <>
          <h3 className="small-h">{t('formulas.surveyForm')}</h3>
          <Tex tex={f.surveyTex} display className="survey-form" />
        </>
      )}
      {f.note && (
        <aside className="survey-note" aria-label={t('formulas.note')}>
          <strong>{t('formulas.note')}:</strong> <LinkedText text={text(f.note)} />
        </aside>
      )}

      {f.derivation.length > 0 && <DerivationStepper steps={f.derivation} step={step} onStep={onStep} idPrefix={f.id} />}

      {f.variants.length > 0 && (
        <>
          <h3 className="small-h">{t('formulas.variants')}</h3>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('formulas.variantName')}</th>
                  <th scope="col">{t('formulas.variantTex')}</th>
                  <th scope="col">{t('formulas.variantWhere')}</th>
                </tr>
              </thead>
              <tbody>
                {f.variants.map((v) => (
                  <tr key={v.name}>
                    <th scope="row">{v.name}</th>
                    <td>
                      <Tex tex={v.tex} />
                    </td>
                    <td>
                      <LinkedText text={text(v.where)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {f.methods.length > 0 && (
        <p>
          <span className="meta">{t('formulas.methods')}: </span>
          {f.methods.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <Link to={`#/method/${id}`}>{methods.byId.get(id)?.name ?? id}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
