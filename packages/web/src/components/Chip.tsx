import { textOn } from '../util/colors.js';

/** A participant chip like `J3`, filled with its perspective's colour. */
export function Chip({ label, color, title }: { label: string; color: string; title?: string }) {
  return (
    <span className="chip" style={{ background: color, color: textOn(color) }} title={title}>
      {label}
    </span>
  );
}
