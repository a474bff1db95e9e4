// Each root of the survey has a colour and a letter mark. Colour is never the only carrier: the mark
// and the name always go with it. Colours are CSS variables so each theme can retune them.
import type { Root } from '../content/vocab';

export const ROOT_MARK: Record<Root, string> = {
  'fine-tuning': 'F',
  alignment: 'A',
  reasoning: 'R',
  efficiency: 'E',
  'integration-adaptation': 'I',
  overview: 'O',
  datasets: 'D',
  applications: 'P',
  'open-problems': 'Q',
};

export const rootColor = (root: Root) => `var(--root-${root})`;
