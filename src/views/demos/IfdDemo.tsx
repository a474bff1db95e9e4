// IFD scoring (#/demos/ifd?rate=&lambda=&c=&a=): the instruction-following difficulty of Li et al.
// (2024, Cherry LLM): IFD = s(A|Q)/s(A), each s a mean negative log-likelihood of the answer tokens.
// Score pasted log-probs from any model, or a small dataset built from the survey's records with a toy
// model that runs here, and select the top fraction as Cherry LLM's selection script does.
import { useMemo } from 'react';
import { useSurvey } from '../../content/survey';
import { useLang, useT } from '../../i18n';
import { ifdScore, selectByIfd, tokenLogprobsFromText } from '../../math/ifd';
import { trainToyLm } from '../../math/toyLm';
import { updateParams, useLocation } from '../../state/location';
import { Slider } from '../../ui/Slider';
import { DemoFormula } from './DemoFormula';
import { setParam } from './setParam';
import { fmt, num } from './params';

const DEFAULT_C = '-0.4, -1.2, -0.3, -2.1, -0.8';
const DEFAULT_A = '-1.9, -2.4, -0.9, -3.0, -1.6';

export default function IfdDemo() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const { methods } = useSurvey('methods');
  const rate = num(params, 'rate', { min: 0, max: 1, def: 0.5 });
  const lambda = num(params, 'lambda', { min: 0, max: 0.9, def: 0.3 });
  const cText = params.get('c') ?? DEFAULT_C;
  const aText = params.get('a') ?? DEFAULT_A;
  const c = tokenLogprobsFromText(cText);
  const a = tokenLogprobsFromText(aText);
  const pasted = c.ok && a.ok ? ifdScore({ conditioned: c.values, alone: a.values }) : null;

  // The toy dataset: "Explain X" → X's summary, "What is X for?" → its neighbour's summary (a worse
  // match), and an unrelated instruction, for a handful of methods with full names.
  const { samples, lm } = useMemo(() => {
    const corpus = methods.list.map((m) => m.summary.en);
    const model = trainToyLm(corpus, { lambda });
    const picked = methods.list.filter((m) => m.fullName).slice(0, 8);
    const out: { instruction: string; answer: string }[] = [];
    picked.forEach((m, i) => {
      out.push({ instruction: `Explain ${m.fullName!.en} (${m.name}) and what it is used for.`, answer: m.summary.en });
      if (i % 2 === 0) out.push({ instruction: 'Write a short poem about the autumn sea.', answer: m.summary.en });
    });
    return { samples: out, lm: model };
  }, [methods, lambda]);
  const scored = samples.map((s) => ({ conditioned: lm.logprobs(s.answer, s.instruction), alone: lm.logprobs(s.answer) }));
  const selection = selectByIfd(scored, { rate });

  return (
    <div className="demo-layout">
      <div>
        <section aria-labelledby="ifd-paste-h">
          <h2 id="ifd-paste-h">{t('ifd.paste')}</h2>
          <p>{t('ifd.pasteIntro')}</p>
          <label className="text-filter">
            <span>{t('ifd.conditioned')}</span>
            <textarea rows={3} value={cText} onChange={(e) => updateParams({ c: e.target.value.slice(0, 1500) })} />
          </label>
          {!c.ok && <p className="warn">{c.error}</p>}
          <label className="text-filter">
            <span>{t('ifd.alone')}</span>
            <textarea rows={3} value={aText} onChange={(e) => updateParams({ a: e.target.value.slice(0, 1500) })} />
          </label>
          {!a.ok && <p className="warn">{a.error}</p>}
          {pasted && (
            <dl className="readouts" aria-live="polite">
              <dt>{t('ifd.sCond')}</dt>
              <dd>{fmt(pasted.sConditioned)}</dd>
              <dt>{t('ifd.sAlone')}</dt>
              <dd>{fmt(pasted.sAlone)}</dd>
              <dt>{t('ifd.score')}</dt>
              <dd>{pasted.valid ? fmt(pasted.ifd) : t('ifd.invalid', { reason: t('ifd.empty') })}</dd>
            </dl>
          )}
          {pasted?.valid && pasted.ifd !== null && <p className="demo-note">{pasted.ifd > 1 ? t('ifd.verdictHigh') : t('ifd.verdictLow')}</p>}
        </section>
        <DemoFormula demo="ifd" />
      </div>
      <div>
        <section aria-labelledby="ifd-data-h">
          <h2 id="ifd-data-h">{t('ifd.dataset')}</h2>
          <p>{t('ifd.datasetIntro')}</p>
          <Slider label={t('ifd.lambda')} value={lambda} min={0} max={0.9} step={0.05} onChange={setParam('lambda')} />
          <Slider label={t('ifd.rate')} value={rate} min={0} max={1} step={0.05} onChange={setParam('rate')} />
          <p role="status">{t('ifd.selected', { k: selection.selected.length, n: samples.length })}</p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('ifd.instruction')}</th>
                  <th scope="col">{t('ifd.answer')}</th>
                  <th scope="col">IFD</th>
                  <th scope="col">{t('ifd.kept')}</th>
                </tr>
              </thead>
              <tbody>
                {samples.map((s, i) => {
                  const v = selection.ifd[i];
                  return (
                    <tr key={i} className={selection.kept[i] ? 'row-active' : undefined}>
                      <td>{s.instruction}</td>
                      <td lang="en">{s.answer.length > 90 ? s.answer.slice(0, 89) + '…' : s.answer}</td>
                      <td className="num">{fmt(v)}</td>
                      <td>{selection.kept[i] ? '✓' : v !== null && v > 1 ? t('ifd.discarded') : t('ifd.notChosen')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {lang === 'zh' && <p className="meta">{t('demos.gridNote')}</p>}
        </section>
      </div>
    </div>
  );
}
