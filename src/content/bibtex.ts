// BibTeX for the survey's references: stable keys, escaped special characters, arXiv eprint fields.
// Pure functions; the views only call `bibtexFor` / `bibtexEntries` and copy or download the text.
import type { ReferenceRecord, SurveyMeta } from './schema';

/** LaTeX special characters that must be escaped in field values. Braces are balanced separately. */
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '{': '\\{',
  '}': '\\}',
};

export function escapeBibtex(value: string): string {
  return value.replace(/[\\&%$#_~^{}]/g, (c) => SPECIALS[c]).replace(/\s+/g, ' ').trim();
}

/** ASCII-folds and keeps letters and digits: "Küttler" → "kuttler". */
function keyPart(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'for', 'and', 'in', 'to', 'with', 'towards', 'toward', 'via', 'is', 'are', 'from', 'by', 'at']);

function lastName(author: string): string {
  const parts = author.trim().split(/\s+/);
  return parts[parts.length - 1] ?? '';
}

/** The key without disambiguation: lastname + year + first significant title word. */
export function baseKey(ref: ReferenceRecord): string {
  const first = ref.authors.find((a) => !/^(et al\.?|others)$/i.test(a.trim()));
  const author = keyPart(first ? lastName(first) : '') || 'anon';
  const word = ref.title.split(/[\s:,.;!?()-]+/).map(keyPart).find((w) => w && !STOP.has(w)) ?? 'untitled';
  return `${author}${ref.year ?? 'nd'}${word}`;
}

/**
 * Stable keys for a whole bibliography: the base key, plus "-N" (the reference number) when two
 * entries would share it. Depends only on the bibliography, never on what is exported.
 */
export function bibtexKeys(refs: readonly ReferenceRecord[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const r of refs) counts.set(baseKey(r), (counts.get(baseKey(r)) ?? 0) + 1);
  return new Map(refs.map((r) => [r.id, counts.get(baseKey(r))! > 1 ? `${baseKey(r)}-${r.num}` : baseKey(r)]));
}

type EntryType = 'article' | 'inproceedings' | 'misc';

function classify(ref: ReferenceRecord): { type: EntryType; container?: string } {
  const venue = (ref.venue ?? '').trim();
  if (!venue || /^\d{4}[a-z]?$/.test(venue) || /^arxiv|^corr\b/i.test(venue)) return { type: 'misc' };
  // Drop volume/pages/year tails: "Advances in Neural Information Processing Systems, 33:9459–9474, 2020".
  const container = venue
    .replace(/^In\s+/, '')
    .split(/,\s*(?:\d|pp\.|pages|volume|vol\.)/i)[0]
    .replace(/,\s*\d{4}[a-z]?$/, '')
    .trim();
  if (/proceedings|conference|workshop|symposium|findings|advances in neural|neurips|nips|iclr|icml|acl|emnlp|naacl|aaai|cvpr|iccv|eccv|sigir|kdd|www/i.test(container)) {
    return { type: 'inproceedings', container };
  }
  return { type: 'article', container };
}

function authorsField(authors: readonly string[]): string {
  const named = authors.filter((a) => !/^(et al\.?|others)$/i.test(a.trim()));
  const more = named.length < authors.length;
  return [...named.map(escapeBibtex), ...(more ? ['others'] : [])].join(' and ');
}

/** One BibTeX entry. `note` carries a doubtful-citation warning when the caller has one. */
export function bibtexFor(ref: ReferenceRecord, key: string, note?: string): string {
  const { type, container } = classify(ref);
  const fields: [string, string][] = [];
  if (ref.authors.length > 0) fields.push(['author', authorsField(ref.authors)]);
  // Double braces keep the title's capitalisation as printed (acronyms such as LLM, RLHF).
  fields.push(['title', `{${escapeBibtex(ref.title)}}`]);
  if (type === 'inproceedings' && container) fields.push(['booktitle', escapeBibtex(container)]);
  if (type === 'article' && container) fields.push(['journal', escapeBibtex(container)]);
  if (ref.year !== null) fields.push(['year', String(ref.year)]);
  if (ref.arxiv) {
    fields.push(['eprint', ref.arxiv], ['archiveprefix', 'arXiv']);
    if (type === 'misc') fields.push(['howpublished', `arXiv preprint arXiv:${ref.arxiv}`]);
  }
  const url = ref.url ?? (ref.arxiv ? `https://arxiv.org/abs/${ref.arxiv}` : undefined);
  if (url) fields.push(['url', escapeBibtex(url).replace(/\\_/g, '_').replace(/\\%/g, '%').replace(/\\#/g, '#').replace(/\\&/g, '&')]);
  if (note) fields.push(['note', escapeBibtex(note)]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** Entries for many references (deduplicated, in the order given). */
export function bibtexEntries(all: readonly ReferenceRecord[], ids: Iterable<string>, notes?: ReadonlyMap<string, string>): string {
  const keys = bibtexKeys(all);
  const byId = new Map(all.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ids) {
    const ref = byId.get(id);
    if (!ref || seen.has(id)) continue;
    seen.add(id);
    out.push(bibtexFor(ref, keys.get(id)!, notes?.get(id)));
  }
  return out.join('\n\n') + (out.length ? '\n' : '');
}

/** The survey itself, for "Cite this survey". */
export function surveyBibtex(survey: SurveyMeta): string {
  const key = `${keyPart(lastName(survey.authors[0]))}${survey.year}survey`;
  return [
    `@misc{${key},`,
    `  author = {${survey.authors.map(escapeBibtex).join(' and ')}},`,
    `  title = {{${escapeBibtex(survey.title.en)}}},`,
    `  year = {${survey.year}},`,
    `  eprint = {${survey.arxiv}},`,
    `  archiveprefix = {arXiv},`,
    `  primaryclass = {cs.CL},`,
    `  url = {https://arxiv.org/abs/${survey.arxiv}}`,
    `}`,
    '',
  ].join('\n');
}
