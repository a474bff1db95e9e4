// Direct Preference Optimization (Rafailov et al. 2023) on sequence log-probabilities, following
// huggingface/trl's DPOTrainer: h = (log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l)),
// the `sigmoid` loss −log σ(βh) written as softplus(−βh) so margins of ±500 stay finite, implicit
// rewards β·(log π − log π_ref), the `ipo` loss (h − 1/(2β))² and conservative DPO's label smoothing.
import { logSigmoid, sigmoid, softplus } from './stable.ts';

export { logSigmoid, sigmoid, softplus };

export interface DpoPairInput {
  policyChosenLogp: number;
  policyRejectedLogp: number;
  refChosenLogp: number;
  refRejectedLogp: number;
  beta: number;
  labelSmoothing?: number;
}

export interface DpoPair {
  chosenLogratio: number;
  rejectedLogratio: number;
  /** h: the difference of the two log-ratios (trl's `logits`). */
  logits: number;
  chosenReward: number;
  rejectedReward: number;
  rewardMargin: number;
  /** Whether the chosen answer's implicit reward is strictly higher. */
  rewardAccuracy: boolean;
  loss: number;
  /** σ(βh): the Bradley–Terry probability the policy's implicit reward gives the preference. */
  preferenceProb: number;
  /** σ(−βh): how strongly the pair still pulls (large while the ordering is wrong). */
  gradWeight: number;
  dLossDPolicyChosenLogp: number;
  dLossDPolicyRejectedLogp: number;
  ipoLossSequence: number;
  cdpoLoss: number;
}

export function dpoPair({ policyChosenLogp, policyRejectedLogp, refChosenLogp, refRejectedLogp, beta, labelSmoothing = 0 }: DpoPairInput): DpoPair {
  const chosenLogratio = policyChosenLogp - refChosenLogp;
  const rejectedLogratio = policyRejectedLogp - refRejectedLogp;
  const h = chosenLogratio - rejectedLogratio;
  const bh = beta * h;
  const chosenReward = beta * chosenLogratio;
  const rejectedReward = beta * rejectedLogratio;
  const eps = Math.min(0.5, Math.max(0, labelSmoothing));
  const gradWeight = sigmoid(-bh);
  return {
    chosenLogratio,
    rejectedLogratio,
    logits: h,
    chosenReward,
    rejectedReward,
    rewardMargin: chosenReward - rejectedReward,
    rewardAccuracy: chosenReward > rejectedReward,
    loss: softplus(-bh),
    preferenceProb: sigmoid(bh),
    gradWeight,
    // dL/dh = −β σ(−βh); h rises one-for-one with the chosen log-prob and falls with the rejected.
    dLossDPolicyChosenLogp: -beta * gradWeight,
    dLossDPolicyRejectedLogp: beta * gradWeight,
    ipoLossSequence: (h - 1 / (2 * beta)) ** 2,
    cdpoLoss: -(1 - eps) * logSigmoid(bh) - eps * logSigmoid(-bh),
  };
}

export type DpoVariant = 'sigmoid' | 'ipo' | 'cdpo';

/** The loss of one pair and its derivative with respect to h, for each variant. */
export function dpoLossAndSlope(variant: DpoVariant, beta: number, h: number, labelSmoothing = 0): { loss: number; dLdh: number } {
  const bh = beta * h;
  if (variant === 'ipo') return { loss: (h - 1 / (2 * beta)) ** 2, dLdh: 2 * (h - 1 / (2 * beta)) };
  if (variant === 'cdpo') {
    const e = Math.min(0.5, Math.max(0, labelSmoothing));
    return { loss: -(1 - e) * logSigmoid(bh) - e * logSigmoid(-bh), dLdh: -(1 - e) * beta * sigmoid(-bh) + e * beta * sigmoid(bh) };
  }
  return { loss: softplus(-bh), dLdh: -beta * sigmoid(-bh) };
}

function logSoftmax(logits: readonly number[]): number[] {
  const m = Math.max(...logits);
  const lse = m + Math.log(logits.reduce((s, x) => s + Math.exp(x - m), 0));
  return logits.map((x) => x - lse);
}

export interface ToyStep {
  step: number;
  probs: number[];
  refProbs: number[];
  loss: number;
  /** KL(π_θ ‖ π_ref) = Σ π log(π / π_ref). */
  kl: number;
  /** β·h for each pair: the implicit reward margin. */
  margins: number[];
}

/**
 * A policy that is a softmax over one logit per response, trained from the reference logits by exact
 * gradient descent on the mean DPO loss over the pairs. Because log-softmax's normaliser cancels in
 * h, h = (θ_c − θ_r) − (θref_c − θref_r) and ∂L/∂θ = L'(h)·(e_c − e_r): no approximation anywhere.
 */
export function dpoToyTrain({
  refLogits,
  pairs,
  beta,
  lr,
  steps,
  labelSmoothing = 0,
  variant = 'sigmoid',
}: {
  refLogits: readonly number[];
  pairs: readonly { chosen: number; rejected: number }[];
  beta: number;
  lr: number;
  steps: number;
  labelSmoothing?: number;
  variant?: DpoVariant;
}): { steps: ToyStep[] } {
  const n = refLogits.length;
  const valid = pairs.filter((p) => p.chosen >= 0 && p.rejected >= 0 && p.chosen < n && p.rejected < n && p.chosen !== p.rejected);
  const refLog = logSoftmax(refLogits);
  const refProbs = refLog.map(Math.exp);
  const theta = [...refLogits];
  const out: ToyStep[] = [];
  const record = (step: number) => {
    const logp = logSoftmax(theta);
    const probs = logp.map(Math.exp);
    const hs = valid.map((p) => theta[p.chosen] - theta[p.rejected] - (refLogits[p.chosen] - refLogits[p.rejected]));
    const losses = hs.map((h) => dpoLossAndSlope(variant, beta, h, labelSmoothing).loss);
    out.push({
      step,
      probs,
      refProbs,
      loss: losses.length ? losses.reduce((a, b) => a + b, 0) / losses.length : 0,
      kl: Math.max(0, probs.reduce((s, p, i) => s + (p > 0 ? p * (logp[i] - refLog[i]) : 0), 0)),
      margins: hs.map((h) => beta * h),
    });
  };
  record(0);
  const total = Math.max(0, Math.floor(steps));
  for (let s = 1; s <= total; s++) {
    const grad = Array.from({ length: n }, () => 0);
    for (const p of valid) {
      const h = theta[p.chosen] - theta[p.rejected] - (refLogits[p.chosen] - refLogits[p.rejected]);
      const { dLdh } = dpoLossAndSlope(variant, beta, h, labelSmoothing);
      grad[p.chosen] += dLdh / valid.length;
      grad[p.rejected] -= dLdh / valid.length;
    }
    for (let i = 0; i < n; i++) theta[i] -= lr * grad[i];
    record(s);
  }
  return { steps: out };
}
