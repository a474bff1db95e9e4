// A labelled native range input with its value shown beside it: keyboard (arrows, Page keys,
// Home/End) and screen readers work as with any slider. The value is formatted, never raw floats.
import { useId } from 'react';
import { fmt } from '../views/demos/params';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (v: number) => void;
  /** Shown after the value, e.g. "nats". */
  unit?: string;
  /** For a symbol in the label (e.g. β); the accessible name stays `label`. */
  hint?: string;
}

export function Slider({ label, value, min, max, step, onChange, unit, hint }: Props) {
  const id = useId();
  const shown = fmt(value, 3) + (unit ? ` ${unit}` : '');
  return (
    <div className="slider">
      <label htmlFor={id}>
        {label}
        {hint && <span className="meta"> {hint}</span>}
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={shown}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) onChange(v);
        }}
      />
      <output htmlFor={id}>{shown}</output>
    </div>
  );
}
