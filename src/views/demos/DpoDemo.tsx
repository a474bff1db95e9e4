// DPO loss (#/demos/dpo?pc=&pr=&rc=&rr=&beta=&ls=&variant=&steps=&lr=): the four sequence
// log-probabilities and β give the implicit rewards, the margin, the loss and its gradient weight
// (trl's `sigmoid` loss; IPO and conservative DPO as variants); curves of loss and weight against h;
// and a toy policy over four responses trained by exact gradient steps on the DPO loss.
import { dpoPair, dpoToyTrain, logSigmoid, sigmoid } from '../../math/dpo';
import { useT } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { LinePlot } from '../../ui/chart/LinePlot';
import { Slider } from '../../ui/Slider';
import { DemoFormula } from './DemoFormula';
import { setParam } from './setParam';
import { choice, fmt, num } from './params';

const VARIANTS = ['sigmoid', 'ipo', 'cdpo'] as const;
type Variant = (typeof VARIANTS)[number];
// Margins for the curves: every 0.5 is 6 px on the plot, smooth at any β the slider allows.
const H = Array.from({ length: 81 }, (_, i) => -20 + i * 0.5);
const TOY_REF = [0.5, 0.2, 0, -0.3];
const TOY_PAIRS = [
  { chosen: 0, rejected: 1 },
  { chosen: 0, rejected: 2 },
  { chosen: 1, rejected: 3 },
];
const COLORS = ['var(--root-alignment)', 'var(--root-fine-tuning)', 'var(--root-efficiency)', 'var(--root-reasoning)'];

/** The loss of a variant as a function of h, for the curves (same forms as math/dpo). */
function lossAt(variant: Variant, beta: number, h: number, ls: number): number {
  if (variant === 'ipo') return (h - 1 / (2 * beta)) ** 2;
  if (variant === 'cdpo') return -(1 - ls) * logSigmoid(beta * h) - ls * logSigmoid(-beta * h);
  return -logSigmoid(beta * h);
}
const REFERENCE_BETAS = [0.1, 0.5, 1];
const lossCurve = (variant: Variant, beta: number, ls: number) => H.map((h) => [h, lossAt(variant, beta, h, ls)] as [number, number]);
// The reference curves (β = 0.1, 0.5, 1) do not move with the β slider: kept until the variant or
// the label smoothing changes.
let referenceCache = { key: '', curves: new Map<number, [number, number][]>() };
function referenceCurves(variant: Variant, ls: number) {
  const key = `${variant}:${ls}`;
  if (referenceCache.key !== key) referenceCache = { key, curves: new Map(REFERENCE_BETAS.map((b) => [b, lossCurve(variant, b, ls)])) };
  return referenceCache.curves;
}

export default function DpoDemo() {
  const t = useT();
  const { params } = useLocation();
  const lp = { min: -60, max: 0 };
  const pc = num(params, 'pc', { ...lp, def: -12 });
  const pr = num(params, 'pr', { ...lp, def: -14 });
  const rc = num(params, 'rc', { ...lp, def: -13 });
  const rr = num(params, 'rr', { ...lp, def: -13 });
  const beta = num(params, 'beta', { min: 0.01, max: 2, def: 0.1 });
  const ls = num(params, 'ls', { min: 0, max: 0.49, def: 0 });
  const variant = choice(params, 'variant', VARIANTS, 'sigmoid');
  const steps = Math.round(num(params, 'steps', { min: 0, max: 200, def: 40 }));
  const lr = num(params, 'lr', { min: 0.01, max: 5, def: 1 });

  const r = dpoPair({ policyChosenLogp: pc, policyRejectedLogp: pr, refChosenLogp: rc, refRejectedLogp: rr, beta, labelSmoothing: ls });
  const loss = variant === 'ipo' ? r.ipoLossSequence : variant === 'cdpo' ? r.cdpoLoss : r.loss;
  const betas = [...new Set([...REFERENCE_BETAS, beta])];
  const reference = referenceCurves(variant, ls);
  const lossSeries = betas.map((b, i) => ({
    label: `β = ${fmt(b)}${b === beta ? ' ★' : ''}`,
    points: reference.get(b) ?? lossCurve(variant, b, ls),
    color: b === beta ? 'var(--accent)' : ['var(--muted)', 'var(--root-reasoning)', 'var(--root-efficiency)'][i % 3],
    dashed: b !== beta,
  }));
  const yMax = variant === 'ipo' ? Math.max(10, (1 / (2 * beta)) ** 2 * 1.2) : Math.max(3, 20 * Math.max(...betas) * 1.05);
  const toy = dpoToyTrain({ refLogits: TOY_REF, pairs: TOY_PAIRS, beta, lr, steps, labelSmoothing: ls, variant });
  const last = toy.steps[toy.steps.length - 1];
  const variantLabel = t(`dpo.${variant}`);

  return (
    <div className="demo-layout">
      <div>
        <Slider label={t('dpo.pc')} value={pc} min={-60} max={0} step={0.5} onChange={setParam('pc')} />
        <Slider label={t('dpo.pr')} value={pr} min={-60} max={0} step={0.5} onChange={setParam('pr')} />
        <Slider label={t('dpo.rc')} value={rc} min={-60} max={0} step={0.5} onChange={setParam('rc')} />
        <Slider label={t('dpo.rr')} value={rr} min={-60} max={0} step={0.5} onChange={setParam('rr')} />
        <Slider label={t('dpo.beta')} value={beta} min={0.01} max={2} step={0.01} onChange={setParam('beta')} />
        <Slider label={t('dpo.ls')} value={ls} min={0} max={0.49} step={0.01} onChange={setParam('ls')} />
        <fieldset className="inline-fieldset">
          <legend>{t('dpo.variant')}</legend>
          {VARIANTS.map((v) => (
            <label key={v} className="check">
              <input type="radio" name="dpo-variant" checked={variant === v} onChange={() => updateParams({ variant: v === 'sigmoid' ? null : v })} /> {t(`dpo.${v}`)}
            </label>
          ))}
        </fieldset>
        <dl className="readouts" aria-live="polite">
          <dt>{t('dpo.chosenReward')}</dt>
          <dd>{fmt(r.chosenReward)}</dd>
          <dt>{t('dpo.rejectedReward')}</dt>
          <dd>{fmt(r.rejectedReward)}</dd>
          <dt>{t('dpo.margin')}</dt>
          <dd>{fmt(r.rewardMargin)}</dd>
          <dt>{t('dpo.h')}</dt>
          <dd>{fmt(r.logits)}</dd>
          <dt>
            {t('dpo.loss')} ({variantLabel})
          </dt>
          <dd>{fmt(loss)}</dd>
          <dt>{t('dpo.weight')}</dt>
          <dd>{fmt(r.gradWeight)}</dd>
          <dt>{t('dpo.prob')}</dt>
          <dd>{fmt(r.preferenceProb)}</dd>
          <dt>{t('dpo.accuracy')}</dt>
          <dd>{r.rewardAccuracy ? '✓' : '✗'}</dd>
        </dl>
        <LinePlot
          title={t('dpo.plot')}
          description={t('dpo.plotDesc', { variant: variantLabel, beta: fmt(beta), h: fmt(r.logits) })}
          x={{ label: 'h', domain: [-20, 20] }}
          y={{ label: t('dpo.loss'), domain: [0, yMax] }}
          series={lossSeries}
          markers={[{ x: r.logits, y: loss, label: fmt(loss) }]}
          rule={variant === 'ipo' ? 1 / (2 * beta) : undefined}
        />
        <LinePlot
          title={t('dpo.weightPlot')}
          description={t('dpo.weightPlotDesc')}
          x={{ label: 'h', domain: [-20, 20] }}
          y={{ label: 'σ(−βh)', domain: [0, 1] }}
          series={[{ label: `β = ${fmt(beta)}`, points: H.map((h) => [h, sigmoid(-beta * h)] as [number, number]), color: 'var(--accent)' }]}
          markers={[{ x: r.logits, y: r.gradWeight }]}
        />
      </div>
      <div>
        <DemoFormula demo="dpo" />
        <section aria-labelledby="dpo-toy-h">
          <h2 id="dpo-toy-h">{t('dpo.toy')}</h2>
          <p>{t('dpo.toyIntro')}</p>
          <Slider label={t('dpo.steps')} value={steps} min={0} max={200} step={1} onChange={setParam('steps')} />
          <Slider label={t('dpo.lr')} value={lr} min={0.01} max={5} step={0.01} onChange={setParam('lr')} />
          <LinePlot
            title={t('dpo.toyPlot')}
            description={t('dpo.toyPlotDesc')}
            x={{ label: t('dpo.steps'), domain: [0, Math.max(1, steps)] }}
            y={{ label: 'p', domain: [0, 1] }}
            series={[
              ...TOY_REF.map((_, k) => ({ label: `${t('dpo.response')} ${'ABCD'[k]}`, points: toy.steps.map((s) => [s.step, s.probs[k]] as [number, number]), color: COLORS[k] })),
              { label: t('dpo.kl'), points: toy.steps.map((s) => [s.step, Math.min(1, s.kl)] as [number, number]), dashed: true, color: 'var(--muted)' },
            ]}
          />
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('dpo.response')}</th>
                <th scope="col">{t('dpo.refProb')}</th>
                <th scope="col">{t('dpo.finalProb')}</th>
              </tr>
            </thead>
            <tbody>
              {last.probs.map((p, k) => (
                <tr key={k}>
                  <th scope="row">{'ABCD'[k]}</th>
                  <td className="num">{fmt(last.refProbs[k])}</td>
                  <td className="num">{fmt(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="readouts">
            <dt>{t('dpo.kl')}</dt>
            <dd>{fmt(last.kl)}</dd>
            <dt>{t('dpo.loss')}</dt>
            <dd>{fmt(last.loss)}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
