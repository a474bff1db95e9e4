// PPO clipping (#/demos/ppo?eps=&epsHigh=&batch=r:A,…): the clipped surrogate against the ratio for a
// positive and a negative advantage (the PPO paper's Figure 1), with asymmetric clipping, and a small
// editable batch showing which samples are clipped, the clip fraction and the mean objective.
import { ppoBatch, ppoCurve } from '../../math/ppo';
import { useT } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { LinePlot } from '../../ui/chart/LinePlot';
import { Slider } from '../../ui/Slider';
import { DemoFormula } from './DemoFormula';
import { fmt, num } from './params';

const DEFAULT_BATCH: [number, number][] = [
  [0.7, 1],
  [1.1, 1],
  [1.4, 1],
  [0.6, -1],
  [0.95, -0.5],
  [1.3, -1],
];

export function parseBatch(raw: string | null): [number, number][] {
  if (raw === null) return DEFAULT_BATCH;
  const out: [number, number][] = [];
  for (const part of raw.split(',').slice(0, 12)) {
    const [r, a] = part.split(':').map(Number);
    if (Number.isFinite(r) && Number.isFinite(a)) out.push([Math.min(5, Math.max(0, r)), Math.min(10, Math.max(-10, a))]);
  }
  return out.length ? out : DEFAULT_BATCH;
}
const writeBatch = (b: [number, number][]) => b.map(([r, a]) => `${+r.toFixed(3)}:${+a.toFixed(3)}`).join(',');
const setBatch = (b: [number, number][]) => updateParams({ batch: writeBatch(b) });

export default function PpoDemo() {
  const t = useT();
  const { params } = useLocation();
  const eps = num(params, 'eps', { min: 0, max: 0.9, def: 0.2 });
  const epsHigh = num(params, 'epsHigh', { min: 0, max: 0.9, def: eps });
  const batch = parseBatch(params.get('batch'));
  const curves = [1, -1].map((advantage) => ppoCurve({ advantage, epsLow: eps, epsHigh, rMin: 0, rMax: 2, points: 41 }));
  const result = ppoBatch({ ratios: batch.map((b) => b[0]), advantages: batch.map((b) => b[1]), epsLow: eps, epsHigh });
  const lo = fmt(1 - eps);
  const hi = fmt(1 + epsHigh);

  return (
    <div className="demo-layout">
      <div>
        <Slider label={t('ppo.eps')} value={eps} min={0} max={0.9} step={0.01} onChange={(v) => updateParams({ eps: v, epsHigh: params.has('epsHigh') ? epsHigh : null })} />
        <Slider label={t('ppo.epsHigh')} value={epsHigh} min={0} max={0.9} step={0.01} onChange={(v) => updateParams({ epsHigh: v })} />
        {curves.map((c, i) => (
          <LinePlot
            key={i}
            title={i === 0 ? t('ppo.plotPos') : t('ppo.plotNeg')}
            description={t('ppo.plotDesc', { lo, hi })}
            x={{ label: t('ppo.ratio'), domain: [0, 2] }}
            y={{ label: t('ppo.objective'), domain: i === 0 ? [-0.1, 2] : [-2, 0.1] }}
            series={[
              { label: t('ppo.unclipped'), points: c.r.map((r, k) => [r, c.unclipped[k]]), dashed: true, color: 'var(--muted)' },
              { label: 'L^CLIP', points: c.r.map((r, k) => [r, c.objective[k]]), color: 'var(--accent)' },
              { label: t('ppo.gradient'), points: c.gradientSteps, dotted: true, color: 'var(--text)', width: 2 },
            ]}
            shade={c.flat}
            markers={batch.filter(([, a]) => Math.sign(a) === (i === 0 ? 1 : -1)).map(([r, a]) => ({ x: r, y: Math.min(r * a, Math.min(Math.max(r, 1 - eps), 1 + epsHigh) * a) / Math.abs(a) }))}
          />
        ))}
      </div>
      <div>
        <DemoFormula demo="ppo" />
        <section aria-labelledby="ppo-batch-h">
          <h2 id="ppo-batch-h">{t('ppo.batch')}</h2>
          <p>{t('ppo.batchIntro')}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('ppo.ratio')}</th>
                <th scope="col">{t('ppo.advantage')}</th>
                <th scope="col">{t('ppo.objective')}</th>
                <th scope="col">{t('ppo.clipped')}</th>
              </tr>
            </thead>
            <tbody>
              {batch.map(([r, a], i) => (
                <tr key={i} className={result.clipped[i] ? 'row-active' : undefined}>
                  <th scope="row">{i + 1}</th>
                  <td>
                    <input
                      type="number"
                      step={0.05}
                      min={0}
                      max={5}
                      value={r}
                      aria-label={`${t('ppo.sample', { n: i + 1 })}: ${t('ppo.ratio')}`}
                      onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setBatch(batch.map((b, k) => (k === i ? [e.target.valueAsNumber, b[1]] : b)))}
                    />
                  </td>
                  <td>
                    <input
                      type="number"
                      step={0.25}
                      min={-10}
                      max={10}
                      value={a}
                      aria-label={`${t('ppo.sample', { n: i + 1 })}: ${t('ppo.advantage')}`}
                      onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setBatch(batch.map((b, k) => (k === i ? [b[0], e.target.valueAsNumber] : b)))}
                    />
                  </td>
                  <td className="num">{fmt(result.objective[i])}</td>
                  <td>{result.clipped[i] ? t('ppo.yes') : t('ppo.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="button-row">
            <button type="button" className="button" disabled={batch.length >= 12} onClick={() => setBatch([...batch, [1, 1]])}>
              {t('ppo.addSample')}
            </button>
            <button type="button" className="button" disabled={batch.length <= 1} onClick={() => setBatch(batch.slice(0, -1))}>
              {t('ppo.removeSample')}
            </button>
          </p>
          <dl className="readouts" aria-live="polite">
            <dt>{t('ppo.clipFraction')}</dt>
            <dd>{fmt(result.clipFraction)}</dd>
            <dt>{t('ppo.meanObjective')}</dt>
            <dd>{fmt(result.meanObjective)}</dd>
            <dt>{t('ppo.policyLoss')}</dt>
            <dd>{fmt(result.policyLoss)}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
