// GRPO advantages (#/demos/grpo?r=1,0,1,0&g=&std=&scale=&i=&drift=&beta=&eps=): a group of sampled
// answers with editable rewards, each answer's group-relative advantage as a bar, the std and scale
// conventions that implementations disagree on (trl's sample std, population std, Dr. GRPO's none),
// and one answer at token level: the clipped term minus β times the k3 KL estimate.
import { grpoAdvantages, grpoTokenObjective } from '../../math/grpo';
import { useT } from '../../i18n';
import { updateParams, useLocation } from '../../state/location';
import { Slider } from '../../ui/Slider';
import { DemoFormula } from './DemoFormula';
import { setParam } from './setParam';
import { choice, fmt, num, numList } from './params';

const TOKENS = 8;
const STD = ['sample', 'population'] as const;
const SCALE = ['group', 'batch', 'none'] as const;

export default function GrpoDemo() {
  const t = useT();
  const { params } = useLocation();
  const rewards = numList(params, 'r', { min: -100, max: 100, def: 0, maxLen: 16, fallback: [1, 0, 1, 0] });
  const groupSize = Math.round(num(params, 'g', { min: 1, max: 16, def: rewards.length }));
  const std = choice(params, 'std', STD, 'sample');
  const scale = choice(params, 'scale', SCALE, 'group');
  const which = Math.min(rewards.length - 1, Math.round(num(params, 'i', { min: 0, max: 15, def: 0 })));
  const drift = num(params, 'drift', { min: -1, max: 1, def: 0.3 });
  const beta = num(params, 'beta', { min: 0, max: 1, def: 0.04 });
  const eps = num(params, 'eps', { min: 0, max: 0.5, def: 0.2 });

  const adv = grpoAdvantages(rewards, { groupSize, std, scale });
  const setRewards = (r: number[]) => updateParams({ r: r.map((v) => +v.toFixed(3)).join(','), g: params.has('g') ? Math.min(groupSize, r.length) : null });
  const groups = adv.groupMean.length;
  const equalGroups = Array.from({ length: groups }, (_, g) => {
    const start = g * groupSize;
    const slice = rewards.slice(start, start + groupSize);
    return slice.every((v) => v === slice[0]);
  });

  // One answer at token level, from the advantages above.
  const oldLogp = Array.from({ length: TOKENS }, (_, k) => -1 - 0.1 * k);
  const tok = grpoTokenObjective({
    logp: rewards.map((_, j) => (j === which ? oldLogp.map((o, k) => o + (drift * (k + 1)) / TOKENS) : oldLogp)),
    oldLogp: rewards.map(() => oldLogp),
    refLogp: rewards.map(() => oldLogp.map((o) => o - 0.15)),
    advantages: adv.advantages,
    epsLow: eps,
    beta,
    maxCompletionLength: TOKENS,
  });
  const maxAbs = Math.max(1e-9, ...adv.advantages.map((a) => Math.abs(a)));

  return (
    <div className="demo-layout">
      <div>
        <section aria-labelledby="grpo-r-h">
          <h2 id="grpo-r-h">{t('grpo.rewards')}</h2>
          <p>{t('grpo.rewardsIntro')}</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('grpo.reward')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('grpo.correct')}</span>
                </th>
                <th scope="col">{t('grpo.advantage')}</th>
              </tr>
            </thead>
            <tbody>
              {rewards.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{t('grpo.answer', { n: i + 1 })}</th>
                  <td>
                    <input type="number" step={0.5} min={-100} max={100} value={r} aria-label={`${t('grpo.answer', { n: i + 1 })}: ${t('grpo.reward')}`} onChange={(e) => Number.isFinite(e.target.valueAsNumber) && setRewards(rewards.map((v, k) => (k === i ? e.target.valueAsNumber : v)))} />
                  </td>
                  <td>
                    <button type="button" className="button" aria-pressed={r > 0} aria-label={t('grpo.toggle', { n: i + 1 })} onClick={() => setRewards(rewards.map((v, k) => (k === i ? (v > 0 ? 0 : 1) : v)))}>
                      {r > 0 ? `✓ ${t('grpo.correct')}` : `✗ ${t('grpo.incorrect')}`}
                    </button>
                  </td>
                  <td className="num">{fmt(adv.advantages[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="button-row">
            <button type="button" className="button" disabled={rewards.length >= 16} onClick={() => setRewards([...rewards, 0])}>
              {t('grpo.add')}
            </button>
            <button type="button" className="button" disabled={rewards.length <= 1} onClick={() => setRewards(rewards.slice(0, -1))}>
              {t('grpo.remove')}
            </button>
          </p>
          <Slider label={t('grpo.groupSize')} value={groupSize} min={1} max={Math.max(1, rewards.length)} step={1} onChange={setParam('g')} />
          <fieldset className="inline-fieldset">
            <legend>{t('grpo.std')}</legend>
            {STD.map((s) => (
              <label key={s} className="check">
                <input type="radio" name="grpo-std" checked={std === s} onChange={() => updateParams({ std: s === 'sample' ? null : s })} /> {t(`grpo.${s}`)}
              </label>
            ))}
          </fieldset>{' '}
          <fieldset className="inline-fieldset">
            <legend>{t('grpo.scale')}</legend>
            {SCALE.map((s) => (
              <label key={s} className="check">
                <input type="radio" name="grpo-scale" checked={scale === s} onChange={() => updateParams({ scale: s === 'group' ? null : s })} /> {t(`grpo.scale${s[0].toUpperCase()}${s.slice(1)}` as 'grpo.scaleGroup')}
              </label>
            ))}
          </fieldset>
          <dl className="readouts" aria-live="polite">
            {adv.groupMean.map((m, g) => (
              <div key={g} style={{ display: 'contents' }}>
                <dt>
                  {t('grpo.mean')} {groups > 1 ? g + 1 : ''}
                </dt>
                <dd>{fmt(m)}</dd>
                <dt>
                  {t('grpo.groupStd')} {groups > 1 ? g + 1 : ''}
                </dt>
                <dd>{fmt(adv.groupStd[g])}</dd>
              </div>
            ))}
          </dl>
          {equalGroups.some(Boolean) && (
            <p className="demo-note" role="note">
              {t('grpo.zeroSignal')}
            </p>
          )}
        </section>
        <figure className="line-plot">
          <svg viewBox="0 0 460 200" role="img" aria-label={`${t('grpo.bars')}. ${t('grpo.barsDesc')} ${adv.advantages.map((a, i) => `${i + 1}: ${fmt(a)}`).join(', ')}`}>
            <line x1={30} x2={450} y1={100} y2={100} className="plot-zero" />
            {adv.advantages.map((a, i) => {
              const w = 420 / rewards.length;
              const h = (Math.abs(a) / maxAbs) * 85;
              return (
                <g key={i}>
                  <rect x={30 + i * w + w * 0.15} width={w * 0.7} y={a >= 0 ? 100 - h : 100} height={Math.max(h, 0.5)} style={{ fill: a >= 0 ? 'var(--root-efficiency)' : 'var(--root-alignment)' }} />
                  <text x={30 + i * w + w / 2} y={196} textAnchor="middle" className="plot-marker-label">
                    {i + 1}
                  </text>
                  <text x={30 + i * w + w / 2} y={a >= 0 ? 100 - h - 4 : 100 + h + 12} textAnchor="middle" className="plot-marker-label">
                    {fmt(a, 2)}
                  </text>
                </g>
              );
            })}
          </svg>
          <figcaption>
            <strong>{t('grpo.bars')}.</strong> {t('grpo.barsDesc')}
          </figcaption>
        </figure>
      </div>
      <div>
        <DemoFormula demo="grpo" />
        <section aria-labelledby="grpo-tok-h">
          <h2 id="grpo-tok-h">{t('grpo.tokens')}</h2>
          <p>{t('grpo.tokensIntro')}</p>
          <Slider label={t('grpo.which')} value={which + 1} min={1} max={rewards.length} step={1} onChange={(v) => updateParams({ i: v - 1 })} />
          <Slider label={t('grpo.drift')} value={drift} min={-1} max={1} step={0.05} onChange={setParam('drift')} />
          <Slider label={t('grpo.beta')} value={beta} min={0} max={1} step={0.01} onChange={setParam('beta')} />
          <Slider label={t('grpo.eps')} value={eps} min={0} max={0.5} step={0.01} onChange={setParam('eps')} />
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('grpo.token')}</th>
                <th scope="col">{t('grpo.ratio')}</th>
                <th scope="col">{t('grpo.surrogate')}</th>
                <th scope="col">{t('grpo.kl')}</th>
                <th scope="col">{t('grpo.objective')}</th>
              </tr>
            </thead>
            <tbody>
              {tok.ratio[which].map((r, k) => (
                <tr key={k}>
                  <th scope="row">{k + 1}</th>
                  <td className="num">{fmt(r)}</td>
                  <td className="num">{fmt(tok.surrogate[which][k])}</td>
                  <td className="num">{fmt(tok.kl[which][k])}</td>
                  <td className="num">{fmt(tok.tokenObjective[which][k])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="small-h">{t('grpo.losses')}</h3>
          <dl className="readouts">
            <dt>GRPO</dt>
            <dd>{fmt(tok.lossGrpo)}</dd>
            <dt>BNPO</dt>
            <dd>{fmt(tok.lossBnpo)}</dd>
            <dt>Dr. GRPO</dt>
            <dd>{fmt(tok.lossDrGrpo)}</dd>
            <dt>mean KL</dt>
            <dd>{fmt(tok.meanKl)}</dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
