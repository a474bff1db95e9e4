// A small valid survey as in-memory YAML sources, one file per record type, so each validator test
// can break exactly one thing at a known line and column.
import type { Source } from '../../../src/content/load.ts';

const paradigm = (id: string, section: string) => `  - id: ${id}
    section: "${section}"
    name: { en: ${id} name, zh: 范式 ${id} }
    summary: { en: What ${id} is for., zh: ${id} 的用途。 }`;

export const FILES = {
  survey: `survey:
  title: { en: A Survey, zh: 一篇综述 }
  shortTitle: Survey
  authors: [A. Author]
  year: 2025
  arxiv: "2503.06072"
  paperList: https://example.org/list
  summary: { en: It surveys things., zh: 它综述了一些东西。 }
`,
  taxonomy: `nodes:
${paradigm('fine-tuning', '3')}
${paradigm('alignment', '4')}
${paradigm('reasoning', '5')}
${paradigm('efficiency', '6')}
${paradigm('integration-adaptation', '7')}
  - id: rlhf
    parent: alignment
    section: "4.1"
    name: { en: RLHF, zh: 基于人类反馈的强化学习 }
    summary: { en: Learning from human judgements., zh: 从人类评判中学习。 }
`,
  methods: `methods:
  - id: ppo
    name: PPO
    kind: algorithm
    year: 2017
    nodes: [rlhf]
    summary:
      en: Clips the policy ratio.
      zh: 对策略比率进行截断。
    refs: [ref-46]
    related: [dpo]
    formulas: [ppo-clip]
  - id: dpo
    name: DPO
    kind: method
    year: 2024
    firstPublic: 2023-05
    nodes: [alignment]
    summary: { en: Direct preference optimisation., zh: 直接偏好优化。 }
    refs:
      - ref: ref-46
        doubtful: { en: Wrong paper., zh: 引错了论文。 }
`,
  formulas: `formulas:
  - id: ppo-clip
    title: { en: Clipped objective, zh: 截断目标 }
    section: "2.2.1"
    tex: \\min(\\htmlClass{sym-r}{r} A, \\operatorname{clip}(r, 1-\\epsilon, 1+\\epsilon) A)
    glossary:
      - key: r
        symbol: r
        meaning: { en: The ratio., zh: 概率比。 }
    methods: [ppo]
`,
  references: `references:
  - id: ref-46
    num: 46
    authors: [John Schulman]
    title: Proximal policy optimization algorithms
    year: 2017
    arxiv: "1707.06347"
    raw: John Schulman et al. Proximal policy optimization algorithms. 2017.
`,
  timeline: `timeline:
  - id: tl-ppo
    year: 2017
    label: PPO
    track: rlhf
    source: figure3
    methods: [ppo]
`,
  datasets: `datasets:
  - id: hh
    name: HH
    category: human-labeled
    construction: [human-annotation]
    year: 2022
    nodes: [alignment]
    summary: { en: Preference pairs., zh: 偏好对。 }
`,
  tables: `tables:
  - id: table-2
    number: 2
    title: { en: Methods, zh: 方法 }
    columns:
      - key: method
        label: { en: Method, zh: 方法 }
    rows:
      - cells: { method: PPO }
        method: ppo
`,
  decks: `decks:
  - id: intro
    title: { en: Intro, zh: 入门 }
    summary: { en: A deck., zh: 一套讲义。 }
    slides:
      - view: "#/method/ppo"
        notes: { en: Say hello., zh: 打个招呼。 }
`,
};

export type FileKey = keyof typeof FILES;

export function sources(overrides: Partial<Record<FileKey, string>> = {}): Source[] {
  return (Object.keys(FILES) as FileKey[]).map((k) => ({ file: `content/${k}.yaml`, text: overrides[k] ?? FILES[k] }));
}

/** Replaces exactly one occurrence (and fails loudly if the fixture changed under the test). */
export function edit(key: FileKey, from: string, to: string): Partial<Record<FileKey, string>> {
  const text = FILES[key];
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`fixture ${key}: "${from}" must occur exactly once`);
  return { [key]: text.slice(0, at) + to + text.slice(at + from.length) };
}
