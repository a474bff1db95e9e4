// A small resolved survey for search tests: two paradigms, a handful of methods with aliases,
// Chinese full names and years, one dataset and one formula.
import type { FormulaRecord, ResolvedDataset, ResolvedMethod, ResolvedNode } from '../../../src/content/schema.ts';

const text = (en: string, zh: string) => ({ en, zh });

function node(id: string, root: string, parent: string | undefined, en: string, zh: string): ResolvedNode {
  return { id, parent, name: text(en, zh), summary: text(`${en} summary`, `${zh}的概述`), featured: [], formulas: [], demos: [], root: root as ResolvedNode['root'], depth: parent ? 1 : 0, children: [], methods: [], methodCount: 0 };
}

function method(id: string, name: string, nodeId: string, root: string, year: number | null, extra: Partial<ResolvedMethod> = {}): ResolvedMethod {
  return { id, name, aliases: [], kind: 'method', year, nodes: [nodeId], summary: text(`${name} does things.`, `${name} 做一些事情。`), refs: [], related: [], formulas: [], roots: [root as ResolvedMethod['roots'][number]], timeline: [], ...extra };
}

export const nodes: ResolvedNode[] = [
  node('alignment', 'alignment', undefined, 'Alignment', '对齐'),
  node('direct-preference-optimization', 'alignment', 'alignment', 'Direct Preference Optimization (DPO)', '直接偏好优化（DPO）'),
  node('efficiency', 'efficiency', undefined, 'Efficiency', '效率'),
  node('parameter-efficient-fine-tuning', 'efficiency', 'efficiency', 'Parameter-efficient fine-tuning', '参数高效微调'),
];

export const methods: ResolvedMethod[] = [
  method('dpo', 'DPO', 'direct-preference-optimization', 'alignment', 2024, {
    fullName: text('Direct Preference Optimization', '直接偏好优化'),
    summary: text('Trains the policy on preference pairs with a logistic loss against a frozen reference model.', '在偏好对上用逻辑损失训练策略，并以冻结的参考模型为基准。'),
  }),
  method('simpo', 'SimPO', 'direct-preference-optimization', 'alignment', 2024, {
    summary: text('A reference-free preference objective that uses the length-normalised log-probability as the reward.', '一种无需参考模型的偏好目标，以长度归一化的对数概率作为奖励。'),
  }),
  method('ipo', 'IPO', 'direct-preference-optimization', 'alignment', 2023),
  method('kto', 'KTO', 'direct-preference-optimization', 'alignment', 2024),
  method('lipo', 'LiPO', 'direct-preference-optimization', 'alignment', 2024, { summary: text('Listwise preference optimisation.', '列表式偏好优化。') }),
  method('lora', 'LoRA', 'parameter-efficient-fine-tuning', 'efficiency', 2022, { fullName: text('Low-Rank Adaptation', '低秩适配') }),
  method('adalora', 'AdaLoRA', 'parameter-efficient-fine-tuning', 'efficiency', 2023),
  method('qlora', 'QLoRA', 'parameter-efficient-fine-tuning', 'efficiency', 2023, { kind: 'technique' }),
  method('ia3', '(IA)³', 'parameter-efficient-fine-tuning', 'efficiency', 2022, { aliases: ['IA3'] }),
  method('deepseek-r1', 'DeepSeek-R1', 'alignment', 'alignment', 2025, { kind: 'model', aliases: ['R1'] }),
];

export const datasets: ResolvedDataset[] = [
  { id: 'hh-rlhf', name: 'HH-RLHF', aliases: [], category: 'human-labeled', construction: ['human-annotation'] as ResolvedDataset['construction'], languages: ['en'], stages: ['rlhf'], year: 2022, nodes: ['alignment'], summary: text('Helpful and harmless preference pairs.', '有益与无害的偏好对。'), refs: [], related: [] },
];

export const formulas: FormulaRecord[] = [
  { id: 'dpo-loss', title: text('DPO loss', 'DPO 损失'), section: '4.3.1', tex: 'L', glossary: [{ symbol: 'L', meaning: text('loss', '损失') }], methods: ['dpo'], derivation: [], variants: [] },
];
