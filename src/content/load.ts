// Node side of the content pipeline: read YAML files, keep each file's source positions, and turn
// schema failures into problems that point at a file, line and column. Pure parsing is separate from
// file-system access (`readContentDir`) so tests can feed in-memory sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { ContentFile } from './schema.ts';

export type PathSegment = string | number;

/** One thing wrong with the content, located in its file. Lines and columns are 1-based. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

export interface Source {
  /** Path relative to the project root, with forward slashes: "content/methods/alignment.yaml". */
  file: string;
  text: string;
}

export interface ParsedFile {
  file: string;
  /** The records that pass the schema (all of them when `problems` is empty); null on YAML syntax errors. */
  data: ContentFile | null;
  /** The plain YAML value even when the schema failed (null on syntax errors): its ids still count. */
  raw: unknown;
  problems: Problem[];
  /** Where a value (or the nearest existing parent of a missing one) starts in the file. */
  locate(path: readonly PathSegment[]): { line: number; col: number };
}

/** Formats a path like `methods[3].summary.zh`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out || '(file)';
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}  ${p.path}  ${p.message}`;
}

/** Finds the YAML node at `path`, or the deepest existing ancestor. `key` prefers the pair's key. */
function nodeAt(doc: Document, path: readonly PathSegment[], preferKey = false): YamlNode | null {
  let current: unknown = doc.contents;
  let found: YamlNode | null = (doc.contents as YamlNode | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(current)) {
      const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return found;
      const last = i === path.length - 1;
      const value = pair.value as YamlNode | null;
      if (last && preferKey) return pair.key as YamlNode;
      // An empty value (`summary:`) has no node of its own: point at its key instead.
      const hasRange = value !== null && typeof value === 'object' && 'range' in value && value.range;
      found = (hasRange ? value : (pair.key as YamlNode)) ?? found;
      current = value;
    } else if (isSeq(current) && typeof seg === 'number') {
      const item = current.items[seg] as YamlNode | undefined;
      if (!item) return found;
      found = item;
      current = item;
    } else {
      return found;
    }
  }
  return found;
}

function valueAt(data: unknown, path: readonly PathSegment[]): { exists: boolean; parentIsObject: boolean } {
  let cur: unknown = data;
  for (let i = 0; i < path.length; i++) {
    if (cur === null || typeof cur !== 'object') return { exists: false, parentIsObject: false };
    const seg = path[i];
    const isLast = i === path.length - 1;
    if (isLast) {
      return { exists: Object.prototype.hasOwnProperty.call(cur, seg) && (cur as Record<PathSegment, unknown>)[seg] !== undefined, parentIsObject: !Array.isArray(cur) };
    }
    cur = (cur as Record<PathSegment, unknown>)[seg];
  }
  return { exists: cur !== undefined, parentIsObject: false };
}

/** Turns one zod issue into problems (an unknown-keys issue becomes one problem per key). */
function issueProblems(issue: z.core.$ZodIssue, raw: unknown, file: string, doc: Document, lineCounter: LineCounter): Problem[] {
  const path = issue.path as PathSegment[];
  const at = (p: readonly PathSegment[], preferKey = false) => {
    const node = nodeAt(doc, p, preferKey);
    const offset = node?.range?.[0] ?? 0;
    return lineCounter.linePos(offset);
  };
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const p = [...path, key];
      return { file, ...at(p, true), path: formatPath(p), message: `unknown field "${key}"` };
    });
  }
  let message = issue.message;
  if (issue.code === 'invalid_union') {
    // zod reports every branch; the union's own message (set in the schema) says what was expected.
    message = issue.message;
  }
  const { exists, parentIsObject } = valueAt(raw, path);
  if (!exists && parentIsObject && !/^missing\b/.test(message)) {
    message = `missing required field "${String(path[path.length - 1])}"`;
  }
  return [{ file, ...at(path), path: formatPath(path), message }];
}

/** Parses and schema-checks one content file. Never throws. */
export function parseContentFile(source: Source): ParsedFile {
  const { file, text } = source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const locate = (path: readonly PathSegment[]) => {
    const node = nodeAt(doc, path);
    return lineCounter.linePos(node?.range?.[0] ?? 0);
  };
  if (doc.errors.length > 0) {
    // Best effort: what did parse still declares ids, so other files' links to them stay quiet.
    let partial: unknown = null;
    try {
      partial = doc.toJS({ maxAliasCount: 100 });
    } catch {
      partial = null;
    }
    const problems = doc.errors.map((e) => {
      const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
      const firstLine = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { file, line: pos.line, col: pos.col, path: '(yaml)', message: `YAML syntax error: ${firstLine}` };
    });
    return { file, data: null, raw: partial, problems, locate };
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const result = ContentFile.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueProblems(issue, raw, file, doc, lineCounter));
    return { file, data: validRecords(raw), raw, problems, locate };
  }
  return { file, data: result.data, raw, problems: [], locate };
}

/**
 * The records of a file that failed the schema that are themselves valid. Cross-file checks still
 * run on them, so one run of the validator reports every problem, not just the first file's.
 */
function validRecords(raw: unknown): ContentFile | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = ContentFile.shape[key as keyof ContentFile];
    if (!field) continue;
    const inner = field.unwrap();
    if (inner instanceof z.ZodArray) {
      if (Array.isArray(value)) out[key] = value.flatMap((item) => {
        const r = inner.element.safeParse(item);
        return r.success ? [r.data] : [];
      });
    } else {
      const r = inner.safeParse(value);
      if (r.success) out[key] = r.data;
    }
  }
  return out as ContentFile;
}

/** Lists content/**\/*.yaml under `root` in a stable (sorted) order. */
export function readContentDir(root: string, dir = 'content'): Source[] {
  const out: Source[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const p = join(abs, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.push({ file: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(root, dir));
  return out;
}
