// The closed vocabularies of the content, apart from the zod schema so that browser code can use
// them without bundling zod. Adding a value here is a schema change: update the views that switch on it.

/** The survey's five post-training paradigms, in the survey's order. They are the taxonomy's roots. */
export const PARADIGMS = ['fine-tuning', 'alignment', 'reasoning', 'efficiency', 'integration-adaptation'] as const;
/** Roots of the other parts of the survey that share the node structure (sections 8, 9, 10, and 1–2). */
export const OTHER_ROOTS = ['overview', 'datasets', 'applications', 'open-problems'] as const;
export const ROOTS = [...PARADIGMS, ...OTHER_ROOTS] as const;

/** What a named item is. "concept" is for named ideas that are neither a trainable method nor a model. */
export const KINDS = [
  'method', 'model', 'algorithm', 'technique', 'framework', 'dataset', 'benchmark', 'metric', 'system', 'concept',
] as const;

/** The eight tracks of the survey's Figure 3. */
export const TRACKS = ['sft', 'rlhf', 'dpo', 'multimodal', 'domain-adaptation', 'reasoning', 'moe', 'pre-trained'] as const;

export const DATASET_CATEGORIES = ['human-labeled', 'distilled', 'synthetic'] as const;
/** How a dataset was made (section 8). A dataset may combine several. */
export const DATASET_CONSTRUCTIONS = [
  'human-annotation', 'crowdsourcing', 'task-collection', 'real-user-interactions', 'self-instruct', 'self-chat',
  'evol-instruct', 'llm-distillation', 'web-mining', 'template-generation', 'model-self-synthesis',
] as const;
export const SIZE_UNITS = ['examples', 'instructions', 'dialogues', 'pairs', 'comparisons', 'tasks', 'samples', 'tokens'] as const;
export const LANGUAGES = ['en', 'zh', 'multilingual', 'code'] as const;
export const TASK_SCOPES = ['multi-task', 'single-task'] as const;
export const STAGES = ['sft', 'rlhf', 'dpo', 'rl'] as const;
export const DEMOS = ['ppo', 'dpo', 'grpo', 'ifd'] as const;
/**
 * The formula each demo animates (shown beside it). Several formulas link to a demo ("try it"); this
 * is the one the demo computes. The validator checks that each exists and links back to its demo.
 */
export const DEMO_FORMULA: Record<(typeof DEMOS)[number], string> = {
  ppo: 'ppo-clipped-objective',
  dpo: 'dpo-loss',
  grpo: 'grpo-group-advantage',
  ifd: 'ifd-score',
};
export const COLUMN_TYPES = ['text', 'number', 'boolean', 'date'] as const;

export type Paradigm = (typeof PARADIGMS)[number];
export type Root = (typeof ROOTS)[number];
export type Kind = (typeof KINDS)[number];
export type Track = (typeof TRACKS)[number];
export type DemoId = (typeof DEMOS)[number];
export type Lang = 'en' | 'zh';

