import { describe, expect, it } from 'vitest';
import { createNameLinker } from '../../../src/content/nameLinker.ts';

const linker = createNameLinker([
  { id: 'ppo', name: 'PPO' },
  { id: 'dpo', name: 'DPO', aliases: ['Direct Preference Optimization'] },
  { id: 'deepseek-r1', name: 'DeepSeek-R1', aliases: ['R1'] },
  { id: 'deepseek-r1-zero', name: 'DeepSeek-R1-Zero' },
  { id: 'ia3', name: '(IA)³' },
]);
const linked = (s: string, exclude?: string) => linker.split(s, { exclude }).filter((p) => p.id).map((p) => `${p.text}>${p.id}`);

describe('name linker', () => {
  it('links whole-word mentions, longest name first', () => {
    expect(linked('DeepSeek-R1-Zero came before DeepSeek-R1, both after PPO.')).toEqual(['DeepSeek-R1-Zero>deepseek-r1-zero', 'DeepSeek-R1>deepseek-r1', 'PPO>ppo']);
    expect(linked('Unlike Direct Preference Optimization (DPO), it…')).toEqual(['Direct Preference Optimization>dpo', 'DPO>dpo']);
    expect(linked('(IA)³ rescales activations')).toEqual(['(IA)³>ia3']);
  });

  it('does not link inside other words, short names, or the page’s own method', () => {
    expect(linked('DPPO and PPOs and ppo')).toEqual([]);
    expect(linked('R1 is too short to link')).toEqual([]);
    expect(linked('DPO improves on PPO', 'dpo')).toEqual(['PPO>ppo']);
    expect(linked('PPO-style clipping')).toEqual([]); // a hyphenated compound is another name
    expect(linked('PPO+ adds entropy')).toEqual(['PPO>ppo']);
  });

  it('keeps every character of the text, in order', () => {
    const s = 'From PPO to DPO: 直接偏好优化 (DPO).';
    expect(linker.split(s).map((p) => p.text).join('')).toBe(s);
    expect(linker.split('')).toEqual([]);
    expect(createNameLinker([]).split('PPO')).toEqual([{ text: 'PPO' }]);
  });
});
