// Group Relative Policy Optimization (Shao et al. 2024, DeepSeekMath), following huggingface/trl's
// GRPOTrainer: advantages are rewards minus their group's mean, divided by the group's sample
// standard deviation (torch.std, N−1) plus 1e-4; "batch" divides by the whole batch's std instead,
// "none" is Dr. GRPO (Liu et al. 2025), which does not divide at all. Token-level: the PPO-style
// clipped term minus β times the k3 estimate of KL(π_θ ‖ π_ref), and the three ways of averaging it.
import { mean, populationStd, sampleStd } from './stable.ts';

export interface GrpoAdvantageOptions {
  /** Answers per question: rewards are grouped in consecutive chunks of this size. Default: one group. */
  groupSize?: number;
  scale?: 'group' | 'batch' | 'none';
  std?: 'sample' | 'population';
  eps?: number;
}

export function grpoAdvantages(rewards: readonly number[], { groupSize, scale = 'group', std = 'sample', eps = 1e-4 }: GrpoAdvantageOptions = {}) {
  const size = Math.max(1, Math.floor(groupSize ?? rewards.length) || 1);
  const spread = std === 'population' ? populationStd : sampleStd;
  const groupMean: number[] = [];
  const groupStd: number[] = [];
  const advantages: number[] = [];
  const batchStd = spread(rewards);
  for (let start = 0; start < rewards.length; start += size) {
    const g = rewards.slice(start, start + size);
    const m = mean(g);
    const s = spread(g);
    groupMean.push(m);
    groupStd.push(s);
    const denom = scale === 'group' ? s + eps : scale === 'batch' ? batchStd + eps : 1;
    for (const r of g) advantages.push((r - m) / denom);
  }
  return { advantages, groupMean, groupStd };
}

export interface GrpoTokenInput {
  logp: readonly (readonly number[])[];
  oldLogp: readonly (readonly number[])[];
  refLogp: readonly (readonly number[])[];
  advantages: readonly number[];
  epsLow: number;
  epsHigh?: number;
  beta: number;
  maxCompletionLength: number;
}

/** −x, but a loss of nothing is 0, not −0. */
const neg = (x: number) => (x === 0 ? 0 : -x);

// exp() overflows past ~709; a log-ratio that large means the numbers are meaningless anyway.
const clampLog = (d: number) => Math.min(700, Math.max(-700, d));

export function grpoTokenObjective({ logp, oldLogp, refLogp, advantages, epsLow, epsHigh, beta, maxCompletionLength }: GrpoTokenInput) {
  const lo = 1 - Math.max(0, epsLow);
  const hi = 1 + Math.max(0, epsHigh ?? epsLow);
  const G = logp.length;
  const ratio: number[][] = [];
  const surrogate: number[][] = [];
  const kl: number[][] = [];
  const tokenObjective: number[][] = [];
  let total = 0;
  let tokens = 0;
  let klSum = 0;
  let low = 0;
  let high = 0;
  const seqMeans: number[] = [];
  for (let i = 0; i < G; i++) {
    const A = advantages[i] ?? 0;
    const n = logp[i].length;
    const ri: number[] = [];
    const si: number[] = [];
    const ki: number[] = [];
    const oi: number[] = [];
    for (let t = 0; t < n; t++) {
      const r = Math.exp(clampLog(logp[i][t] - (oldLogp[i]?.[t] ?? logp[i][t])));
      const s = Math.min(r * A, Math.min(hi, Math.max(lo, r)) * A);
      const d = clampLog((refLogp[i]?.[t] ?? logp[i][t]) - logp[i][t]);
      const k = Math.exp(d) - d - 1; // k3: unbiased, always ≥ 0
      const o = s - beta * k;
      ri.push(r);
      si.push(s);
      ki.push(k);
      oi.push(o);
      total += o;
      klSum += k;
      if (A < 0 && r < lo) low++;
      if (A > 0 && r > hi) high++;
    }
    tokens += n;
    if (n > 0) seqMeans.push(oi.reduce((a, b) => a + b, 0) / n);
    ratio.push(ri);
    surrogate.push(si);
    kl.push(ki);
    tokenObjective.push(oi);
  }
  const perToken = (x: number) => (tokens === 0 ? 0 : x / tokens);
  return {
    ratio,
    surrogate,
    kl,
    tokenObjective,
    // GRPO as published: mean over sequences of each sequence's token mean.
    lossGrpo: seqMeans.length ? neg(seqMeans.reduce((a, b) => a + b, 0) / seqMeans.length) : 0,
    // BNPO: one mean over every token of the batch.
    lossBnpo: neg(perToken(total)),
    // Dr. GRPO: a constant normaliser, so long answers are not down-weighted.
    lossDrGrpo: G === 0 || maxCompletionLength <= 0 ? 0 : neg(total / (G * maxCompletionLength)),
    meanKl: perToken(klSum),
    clipRatioLowMean: perToken(low),
    clipRatioHighMean: perToken(high),
    clipRatioRegionMean: perToken(low + high),
  };
}
