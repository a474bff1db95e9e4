import { describe, expect, it } from 'vitest';
import { trainToyLm, words } from '../../../src/math/toyLm.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const corpus = ['the policy is trained on preference pairs', 'the reward model scores each answer', 'the policy maximises the reward'];

describe('toy language model for the IFD demo', () => {
  it('tokenizes words, keeping hyphenated and apostrophe forms', () => {
    expect(words('Reference-free DPO, isn’t it? 2024!')).toEqual(['reference-free', 'dpo', 'isn', 't', 'it', '2024']);
  });

  it('gives every word a finite negative log-probability, unknown words too', () => {
    const lm = trainToyLm(corpus);
    const lp = lm.logprobs('the policy eats zebras');
    expect(lp).toHaveLength(4);
    for (const v of lp) expect(Number.isFinite(v) && v < 0).toBe(true);
    // add-k bigram by hand: "policy" after "the": count 2, row "the" has 4 continuations, V = 14 + 1
    const V = lm.vocabularySize;
    expect(V).toBe(14); // 13 distinct words + the unknown word
    // "the" is followed by policy twice and reward twice: P = (2 + k) / (4 + k·V)
    expect(lp[1]).toBeCloseTo(Math.log((2 + 0.1) / (4 + 0.1 * V)), 12);
  });

  it('an instruction that shares the answer’s words makes it more likely; an unrelated one, less', () => {
    // A corpus large enough that no bigram is near-certain, as with the survey's summaries.
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const vocab = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const big = Array.from({ length: 400 }, () => Array.from({ length: 12 }, () => vocab[Math.floor(rand() * vocab.length)]).join(' '));
    big.push('the reward model scores each answer', 'what does the reward model score');
    const lm = trainToyLm(big, { lambda: 0.3 });
    const answer = 'the reward model scores each answer';
    const alone = sum(lm.logprobs(answer));
    expect(sum(lm.logprobs(answer, 'what does the reward model score'))).toBeGreaterThan(alone);
    expect(sum(lm.logprobs(answer, 'write a poem about autumn leaves'))).toBeLessThan(alone);
  });

  it('an empty answer has no tokens; λ is clamped', () => {
    expect(trainToyLm(corpus).logprobs('')).toEqual([]);
    const lm = trainToyLm(corpus, { lambda: 5 });
    for (const v of lm.logprobs('the policy', 'the policy')) expect(Number.isFinite(v)).toBe(true);
  });
});
