// Slider callbacks: "set parameter k of the current view to v" (the URL, or the slide that shows it).
import { updateParams } from '../../state/location';

export const setParam = (key: string) => (v: number) => updateParams({ [key]: v });
