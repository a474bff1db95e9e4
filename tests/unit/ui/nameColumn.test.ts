import { describe, expect, it } from 'vitest';
import { nameColumn } from '../../../src/ui/table/nameColumn.ts';

const names: Record<string, string[]> = { gptq: ['GPTQ'], awq: ['AWQ', 'Activation-aware Weight Quantization'], 'llama-3': ['LLaMA3', 'Llama 3'] };
const namesOf = (id: string) => names[id];

describe('nameColumn', () => {
  it('finds the column that names the linked records, wherever it is', () => {
    const rows = [
      { cells: { type: 'WOQ', method: 'GPTQ', llm: 'OPT-175B' }, method: 'gptq' },
      { cells: { type: 'WOQ', method: 'AWQ', llm: 'LLaMA-2' }, method: 'awq' },
    ];
    expect(nameColumn(['type', 'method', 'llm'], rows, namesOf)).toBe('method');
  });
  it('matches names up to case and punctuation, and names inside longer cells', () => {
    const rows = [{ cells: { modal: 'Vision', model: 'Llama-3 (Vision)' }, method: 'llama-3' }];
    expect(nameColumn(['modal', 'model'], rows, namesOf)).toBe('model');
  });
  it('falls back to the first column when nothing matches or nothing is linked', () => {
    expect(nameColumn(['a', 'b'], [{ cells: { a: 'x', b: 'y' } }], namesOf)).toBe('a');
    expect(nameColumn(['a', 'b'], [{ cells: { a: 'x', b: 'y' }, method: 'gptq' }], namesOf)).toBe('a');
  });
});
