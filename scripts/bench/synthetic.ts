// A deterministic synthetic survey for benchmarks: N methods with plausible names, aliases, years
// and bilingual summaries, spread over a deep taxonomy. Same seed, same content, every run.
import type { ResolvedMethod, ResolvedNode } from '../../src/content/schema.ts';
import { PARADIGMS } from '../../src/content/vocab.ts';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['lo', 'ra', 'dpo', 'sim', 'ada', 'kto', 'grp', 'ppo', 'q', 'ipo', 'li', 'rl', 'hf', 'ai', 'ref', 'spin', 'orp', 'meta', 'mix', 'tie', 'dare', 'awq', 'gpt', 'quant', 'prune', 'kd', 'mo', 'e'];
const WORDS = ['preference', 'policy', 'reward', 'model', 'optimisation', 'reference', 'free', 'length', 'normalised', 'margin', 'quantization', 'pruning', 'adapter', 'low-rank', 'distillation', 'teacher', 'student', 'merging', 'task', 'vector', 'reasoning', 'chain', 'thought', 'verifier', 'feedback', 'human', 'critique', 'self', 'refine', 'retrieval'];
const ZH = ['偏好', '策略', '奖励', '模型', '优化', '参考', '长度', '量化', '剪枝', '适配', '低秩', '蒸馏', '教师', '学生', '合并', '任务', '推理', '反馈', '人类', '检索'];

const text = (en: string, zh: string) => ({ en, zh });

const mk = (id: string, parent: string | undefined, root: string, depth: number): ResolvedNode => ({
  id, parent, name: text(`Group ${id}`, `分组 ${id}`), summary: text(`Methods of group ${id}.`, `分组 ${id} 的方法。`),
  featured: [], formulas: [], demos: [], root: root as ResolvedNode['root'], depth, children: [], methods: [], methodCount: 0,
});

export function syntheticSurvey(count: number, seed = 42): { nodes: ResolvedNode[]; methods: ResolvedMethod[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const nodes: ResolvedNode[] = [];
  const leaves: ResolvedNode[] = [];
  for (const p of PARADIGMS) {
    const root = mk(p, undefined, p, 0);
    nodes.push(root);
    for (let i = 0; i < 8; i++) {
      const sub = mk(`${p}-${i}`, p, p, 1);
      root.children.push(sub.id);
      nodes.push(sub);
      for (let j = 0; j < 6; j++) {
        const leaf = mk(`${p}-${i}-${j}`, sub.id, p, 2);
        sub.children.push(leaf.id);
        nodes.push(leaf);
        leaves.push(leaf);
      }
    }
  }
  const methods: ResolvedMethod[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name = '';
    do {
      const parts = 1 + Math.floor(r() * 3);
      name = Array.from({ length: parts }, () => pick(SYLLABLES)).join('');
      name = name[0].toUpperCase() + name.slice(1) + (r() < 0.5 ? `-${Math.floor(r() * 100)}` : '');
    } while (used.has(name));
    used.add(name);
    const leaf = pick(leaves);
    const en = Array.from({ length: 18 }, () => pick(WORDS)).join(' ');
    const zh = Array.from({ length: 14 }, () => pick(ZH)).join('');
    methods.push({
      id: `m${i}`, name, aliases: r() < 0.2 ? [`${name}v2`] : [], kind: 'method', year: 2018 + Math.floor(r() * 8),
      nodes: [leaf.id], summary: text(en, zh), refs: [], related: [], formulas: [], roots: [leaf.root as ResolvedMethod['roots'][number]], timeline: [],
    });
  }
  return { nodes, methods };
}

/** A tree of about `count` nodes (branching 6) for the layout benchmark. */
export function syntheticTree(count: number): { roots: string[]; children: Map<string, string[]> } {
  const children = new Map<string, string[]>();
  const roots = PARADIGMS.map((p) => p as string);
  const queue = [...roots];
  let made = roots.length;
  while (queue.length && made < count) {
    const id = queue.shift()!;
    const kids: string[] = [];
    for (let i = 0; i < 6 && made < count; i++, made++) kids.push(`${id}.${i}`);
    children.set(id, kids);
    queue.push(...kids);
  }
  return { roots, children };
}
