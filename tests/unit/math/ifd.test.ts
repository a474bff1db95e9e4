// Worked examples for IFD (Li et al. 2024) and Cherry LLM's selection (select_from_ifd_json.py).
import { describe, expect, it } from 'vitest';
import { ifdScore, selectByIfd, tokenLogprobsFromText } from '../../../src/math/ifd.ts';

describe('ifdScore', () => {
  it('is the ratio of mean negative log-likelihoods', () => {
    // conditioned [−1, −3] → s = 2; alone [−2, −6] → s = 4; IFD = 0.5
    expect(ifdScore({ conditioned: [-1, -3], alone: [-2, -6] })).toEqual({ sConditioned: 2, sAlone: 4, ifd: 0.5, valid: true });
    // the instruction makes it harder: IFD > 1
    expect(ifdScore({ conditioned: [-3], alone: [-2] }).ifd).toBe(1.5);
  });

  it('has no value for an empty answer, a zero denominator or non-finite input', () => {
    expect(ifdScore({ conditioned: [], alone: [] })).toMatchObject({ ifd: null, valid: false });
    expect(ifdScore({ conditioned: [-1], alone: [0, 0] })).toMatchObject({ ifd: null, valid: false });
    expect(ifdScore({ conditioned: [NaN], alone: [-1] })).toMatchObject({ ifd: null, valid: false });
  });

  it('handles very long answers', () => {
    const n = 200000;
    const r = ifdScore({ conditioned: Array(n).fill(-0.5), alone: Array(n).fill(-1) });
    expect(r.ifd).toBeCloseTo(0.5, 12);
  });
});

const s = (cond: number, alone: number) => ({ conditioned: [cond], alone: [alone] });

describe('selectByIfd', () => {
  it('keeps int(rate × all) samples: the highest IFD ≤ 1, ties to the lower index', () => {
    // IFDs: 0.5, 1.5 (dropped), 0.9, 0.9, 0.2, n/a (empty)
    const samples = [s(-1, -2), s(-3, -2), s(-0.9, -1), s(-0.9, -1), s(-0.2, -1), { conditioned: [], alone: [] }];
    const r = selectByIfd(samples, { rate: 0.5 }); // k = int(6 × 0.5) = 3
    expect(r.ifd).toEqual([0.5, 1.5, 0.9, 0.9, 0.2, null]);
    expect(r.selected).toEqual([2, 3, 0]);
    expect(r.kept).toEqual([true, false, true, true, false, false]);
    expect(selectByIfd(samples, { rate: 1 }).selected).toEqual([2, 3, 0, 4]); // only 4 candidates
    expect(selectByIfd(samples, { rate: 0 }).selected).toEqual([]);
    expect(selectByIfd(samples, { rate: NaN }).selected).toEqual([]);
  });
});

describe('tokenLogprobsFromText', () => {
  it('reads numbers, JSON arrays and OpenAI-style objects', () => {
    expect(tokenLogprobsFromText('-0.1 -2.5, -3')).toEqual({ ok: true, values: [-0.1, -2.5, -3] });
    expect(tokenLogprobsFromText('[-1, -0.5]')).toEqual({ ok: true, values: [-1, -0.5] });
    expect(tokenLogprobsFromText('[{"token":"a","logprob":-0.2},{"token":"b","logprob":-1}]')).toEqual({ ok: true, values: [-0.2, -1] });
    expect(tokenLogprobsFromText('{"content":[{"logprob":-0.3}]}')).toEqual({ ok: true, values: [-0.3] });
  });

  it('explains what is wrong', () => {
    expect(tokenLogprobsFromText('')).toMatchObject({ ok: false });
    expect(tokenLogprobsFromText('-1 0.5')).toEqual({ ok: false, error: 'Token 2 is 0.5: a log-probability is never above 0.' });
    expect(tokenLogprobsFromText('-1 abc')).toMatchObject({ ok: false, error: expect.stringContaining('Token 2 is not a number') });
    expect(tokenLogprobsFromText('[1,')).toEqual({ ok: false, error: 'This looks like JSON but does not parse.' });
    expect(tokenLogprobsFromText('NaN')).toMatchObject({ ok: false });
  });
});
