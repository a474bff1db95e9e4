// Instruction-Following Difficulty (Li et al. 2024, "From Quantity to Quality", the Cherry LLM
// method): IFD(Q, A) = s(A | Q) / s(A), where s is the mean negative log-likelihood of the answer's
// tokens with and without the instruction. (The survey's Eq. 10 prints it without the minus signs and
// the 1/N.) Selection follows tianyi-lab/Cherry_LLM's cherry_seletion/select_from_ifd_json.py: the
// number kept is int(rate × all samples); samples with IFD > 1 (the instruction does not help) are
// dropped; the rest are sorted by IFD, highest first, with Python's stable sort (ties keep the lower
// index first); the first k are kept. The older data_by_IFD.py computes k from the filtered count
// instead, and its `[-0:]` slice keeps everything when k is 0; we follow the newer script.

export interface IfdInput {
  /** Natural-log probabilities of the answer tokens given the instruction. */
  conditioned: readonly number[];
  /** The same answer tokens without the instruction. */
  alone: readonly number[];
}

export interface IfdScore {
  sConditioned: number | null;
  sAlone: number | null;
  ifd: number | null;
  valid: boolean;
}

const meanNll = (xs: readonly number[]) => (xs.length === 0 ? null : -xs.reduce((a, b) => a + b, 0) / xs.length);

export function ifdScore({ conditioned, alone }: IfdInput): IfdScore {
  const finite = conditioned.every(Number.isFinite) && alone.every(Number.isFinite);
  const sConditioned = finite ? meanNll(conditioned) : null;
  const sAlone = finite ? meanNll(alone) : null;
  if (sConditioned === null || sAlone === null || sAlone === 0) return { sConditioned, sAlone, ifd: null, valid: false };
  const ifd = sConditioned / sAlone;
  return Number.isFinite(ifd) ? { sConditioned, sAlone, ifd, valid: true } : { sConditioned, sAlone, ifd: null, valid: false };
}

export function selectByIfd(samples: readonly IfdInput[], { rate }: { rate: number }) {
  const ifd = samples.map((s) => ifdScore(s).ifd);
  const r = Number.isFinite(rate) ? Math.min(1, Math.max(0, rate)) : 0;
  const k = Math.floor(samples.length * r);
  const candidates = ifd.map((v, i) => ({ v, i })).filter((x): x is { v: number; i: number } => x.v !== null && x.v <= 1);
  // Array.prototype.sort is stable: equal scores keep index order, as Python's sorted does.
  candidates.sort((a, b) => b.v - a.v);
  const selected = candidates.slice(0, k).map((x) => x.i);
  const keep = new Set(selected);
  return { ifd, kept: ifd.map((_, i) => keep.has(i)), selected };
}

export type ParsedLogprobs = { ok: true; values: number[] } | { ok: false; error: string };

/**
 * Reads per-token log-probabilities pasted by a reader: a JSON array of numbers, a JSON array of
 * objects with a `logprob` field (OpenAI's format), or numbers separated by spaces or commas.
 */
export function tokenLogprobsFromText(text: string): ParsedLogprobs {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'No numbers: paste one log-probability per answer token.' };
  let values: unknown[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return { ok: false, error: 'This looks like JSON but does not parse.' };
    }
    const list = Array.isArray(json) ? json : Array.isArray((json as { content?: unknown })?.content) ? (json as { content: unknown[] }).content : null;
    if (!list) return { ok: false, error: 'Expected a JSON array of numbers or of {"logprob": …} objects.' };
    values = list.map((x) => (typeof x === 'object' && x !== null && 'logprob' in x ? (x as { logprob: unknown }).logprob : x));
  } else {
    values = trimmed.split(/[\s,;]+/).filter(Boolean);
  }
  const nums: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = typeof values[i] === 'number' ? (values[i] as number) : typeof values[i] === 'string' ? Number(values[i]) : NaN;
    if (!Number.isFinite(v)) return { ok: false, error: `Token ${i + 1} is not a number: ${JSON.stringify(values[i])?.slice(0, 40)}` };
    if (v > 0) return { ok: false, error: `Token ${i + 1} is ${v}: a log-probability is never above 0.` };
    nums.push(v);
  }
  if (nums.length === 0) return { ok: false, error: 'No numbers: paste one log-probability per answer token.' };
  if (nums.length > 100000) return { ok: false, error: 'Too many tokens (more than 100,000).' };
  return { ok: true, values: nums };
}
