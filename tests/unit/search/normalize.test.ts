import { describe, expect, it } from 'vitest';
import { editDistance, foldName, tokenize, tokenizeName } from '../../../src/search/normalize.ts';
import { highlight, snippet } from '../../../src/search/highlight.ts';

describe('normalisation', () => {
  it('folds case, width and punctuation out of names', () => {
    expect(foldName('(IA)³')).toBe('ia3');
    expect(foldName('LLM.int8()')).toBe('llmint8');
    expect(foldName('DeepSeek-R1')).toBe('deepseekr1');
    expect(foldName('ＧＰＴ－４')).toBe('gpt4');
    expect(foldName('直接偏好优化（DPO）')).toBe('直接偏好优化dpo');
  });

  it('tokenizes Latin words and Chinese bigrams', () => {
    expect(tokenize('Low-Rank Adaptation')).toEqual(['low', 'rank', 'adaptation']);
    expect(tokenize('直接偏好')).toEqual(['直接', '接偏', '偏好']);
    expect(tokenize('GPT模型')).toEqual(['gpt', '模型']);
    expect(tokenize('强')).toEqual(['强']);
    expect(tokenizeName('DeepSeek-R1')).toEqual(['deepseek', 'r1', 'deepseekr1']);
  });

  it('measures edit distance with transpositions, capped', () => {
    expect(editDistance('simpo', 'simpoo', 1)).toBe(1);
    expect(editDistance('adalora', 'adalroa', 1)).toBe(1);
    expect(editDistance('dpo', 'kto', 1)).toBe(2); // capped at max + 1
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
    expect(editDistance('', '', 1)).toBe(0);
  });
});

describe('highlight', () => {
  it('marks terms at word starts, case-insensitively', () => {
    expect(highlight('Direct Preference Optimization', ['pref'])).toEqual([
      { text: 'Direct ', match: false },
      { text: 'Pref', match: true },
      { text: 'erence Optimization', match: false },
    ]);
    // "po" does not light up the middle of "SimPO"'s neighbours' words
    expect(highlight('deep policy', ['po']).filter((s) => s.match).map((s) => s.text)).toEqual(['po']);
  });

  it('marks Chinese terms anywhere and escapes regex characters', () => {
    expect(highlight('直接偏好优化', ['偏好']).map((s) => s.match)).toEqual([false, true, false]);
    expect(highlight('a (b) c', ['(b']).map((s) => s.text)).toEqual(['a ', '(b', ') c']);
    expect(highlight('', ['x'])).toEqual([]);
  });

  it('cuts a snippet around the first match', () => {
    const long = 'x '.repeat(200) + 'needle ' + 'y '.repeat(200);
    const s = snippet(long, ['needle'], 100);
    expect(s).toContain('needle');
    expect(s.startsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(102);
  });
});
