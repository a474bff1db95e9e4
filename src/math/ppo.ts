// PPO's clipped surrogate (Schulman et al. 2017, Eq. 7) for single samples, batches and plotting.
// Conventions follow huggingface/trl and OpenRLHF: ratio = exp(logp_new − logp_old), an optional
// asymmetric upper bound (epsHigh, as in DAPO's "clip-higher"), and a sample counts as clipped only
// when the clipped branch is strictly the smaller one (trl's clip fraction: pg_losses2 > pg_losses).
// Any finite input gives finite output; negative clip ranges are treated as 0.

export interface PpoSampleInput {
  ratio?: number;
  logpNew?: number;
  logpOld?: number;
  advantage: number;
  epsLow: number;
  epsHigh?: number;
}

export interface PpoSample {
  ratio: number;
  clippedRatio: number;
  surr1: number;
  surr2: number;
  objective: number;
  loss: number;
  clipped: boolean;
  clippedLow: boolean;
  clippedHigh: boolean;
  dObjectiveDRatio: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
// exp() of a log-ratio above ~709 overflows; no real policy update is that large, so cap it.
const MAX_LOG_RATIO = 700;

export function ppoSample({ ratio, logpNew, logpOld, advantage, epsLow, epsHigh }: PpoSampleInput): PpoSample {
  const lo = 1 - Math.max(0, epsLow);
  const hi = 1 + Math.max(0, epsHigh ?? epsLow);
  const r = logpNew !== undefined && logpOld !== undefined ? Math.exp(clamp(logpNew - logpOld, -MAX_LOG_RATIO, MAX_LOG_RATIO)) : Math.max(0, ratio ?? 1);
  const A = advantage;
  const clippedRatio = clamp(r, lo, hi);
  const surr1 = r * A;
  const surr2 = clippedRatio * A;
  const clippedHigh = A > 0 && r > hi;
  const clippedLow = A < 0 && r < lo;
  const clipped = surr2 < surr1; // equivalent to clippedHigh || clippedLow
  const objective = Math.min(surr1, surr2);
  return { ratio: r, clippedRatio, surr1, surr2, objective, loss: -objective, clipped, clippedLow, clippedHigh, dObjectiveDRatio: clipped ? 0 : A };
}

export interface PpoBatch {
  objective: number[];
  clipped: boolean[];
  meanObjective: number;
  policyLoss: number;
  clipFraction: number;
  clipFractionLow: number;
  clipFractionHigh: number;
}

export function ppoBatch({ ratios, advantages, epsLow, epsHigh }: { ratios: readonly number[]; advantages: readonly number[]; epsLow: number; epsHigh?: number }): PpoBatch {
  const n = Math.min(ratios.length, advantages.length);
  const samples = Array.from({ length: n }, (_, i) => ppoSample({ ratio: ratios[i], advantage: advantages[i], epsLow, epsHigh }));
  const avg = (f: (s: PpoSample) => number) => (n === 0 ? 0 : samples.reduce((a, s) => a + f(s), 0) / n);
  const meanObjective = avg((s) => s.objective);
  return {
    objective: samples.map((s) => s.objective),
    clipped: samples.map((s) => s.clipped),
    meanObjective,
    policyLoss: -meanObjective,
    clipFraction: avg((s) => Number(s.clipped)),
    clipFractionLow: avg((s) => Number(s.clippedLow)),
    clipFractionHigh: avg((s) => Number(s.clippedHigh)),
  };
}

export interface PpoCurve {
  r: number[];
  objective: number[];
  unclipped: number[];
  gradient: number[];
  /** dL^CLIP/dr as a step line: one flat piece per segment between points, corners exact. */
  gradientSteps: [number, number][];
  /** Ranges of r where the objective is flat (zero gradient). */
  flat: { from: number; to: number }[];
}

/** L^CLIP against r for one advantage (the PPO paper's Figure 1). */
export function ppoCurve({ advantage, epsLow, epsHigh, rMin, rMax, points }: { advantage: number; epsLow: number; epsHigh?: number; rMin: number; rMax: number; points: number }): PpoCurve {
  const n = Math.max(2, Math.floor(points));
  const a = Math.min(rMin, rMax);
  const b = Math.max(rMin, rMax);
  const lo = 1 - Math.max(0, epsLow);
  const hi = 1 + Math.max(0, epsHigh ?? epsLow);
  // L^CLIP is piecewise linear in r with corners only at the clip bounds: with the bounds among the
  // points, a polyline is exact (the corner sits at 1 ± ε, not at the nearest grid point), and a
  // few points draw what 200 would.
  const grid = Array.from({ length: n }, (_, i) => a + ((b - a) * i) / (n - 1));
  const r = [...grid, ...[lo, hi].filter((c) => c > a && c < b)].sort((x, y) => x - y).filter((x, i, xs) => i === 0 || x - xs[i - 1] > 1e-9);
  const samples = r.map((x) => ppoSample({ ratio: x, advantage, epsLow, epsHigh }));
  let flat: { from: number; to: number }[];
  if (advantage === 0) flat = [{ from: a, to: b }];
  else if (advantage > 0) flat = hi < b ? [{ from: Math.max(a, hi), to: b }] : [];
  else flat = lo > a ? [{ from: a, to: Math.min(b, lo) }] : [];
  // The gradient is constant between consecutive points (the corners are points): read it mid-segment.
  const gradientSteps: [number, number][] = [];
  for (let i = 0; i + 1 < r.length; i++) {
    const g = ppoSample({ ratio: (r[i] + r[i + 1]) / 2, advantage, epsLow, epsHigh }).dObjectiveDRatio;
    gradientSteps.push([r[i], g], [r[i + 1], g]);
  }
  return { r, objective: samples.map((s) => s.objective), unclipped: samples.map((s) => s.surr1), gradient: samples.map((s) => s.dObjectiveDRatio), gradientSteps, flat };
}
