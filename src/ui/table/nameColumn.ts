// Which column of a survey table names each row's record: not always the first (Table 5 starts with
// the quantization type, Table 7 with the modality). The column whose cells match the linked records'
// names or aliases most often wins; without any match, the first column. Pure, for the table view.
import { foldName } from '../../search/normalize.ts';

type CellValue = string | number | boolean | null | undefined;

export function nameColumn(
  keys: readonly string[],
  rows: readonly { cells: Record<string, CellValue>; method?: string }[],
  namesOf: (id: string) => readonly string[] | undefined,
): string {
  let best = keys[0];
  let bestHits = 0;
  for (const key of keys) {
    let hits = 0;
    for (const row of rows) {
      const names = row.method ? namesOf(row.method) : undefined;
      const cell = row.cells[key];
      if (!names || typeof cell !== 'string') continue;
      const c = foldName(cell);
      if (c && names.some((n) => {
        const f = foldName(n);
        return f !== '' && (f === c || c.includes(f) || f.includes(c));
      })) hits++;
    }
    if (hits > bestHits) [best, bestHits] = [key, hits];
  }
  return best;
}
