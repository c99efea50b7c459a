/** A legend laid out in rows that wrap within a width: used when direct labels do not fit. */
import { textWidth } from "./textWidth.ts";

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly slot: number;
}

export interface LegendItem extends LegendEntry {
  /** Centre of the swatch. */
  readonly x: number;
  /** Baseline-centre of the row. */
  readonly y: number;
}

export interface Legend {
  readonly items: readonly LegendItem[];
  /** Height of all rows. */
  readonly height: number;
}

/** Items left to right from `x0`, wrapping before `x1`; the first row centred on `top + rowHeight / 2`. */
export function legendLayout(entries: readonly LegendEntry[], [x0, x1]: readonly [number, number], top: number, fontSize: number): Legend {
  const row = fontSize * 1.5;
  const swatch = fontSize;
  const items: LegendItem[] = [];
  let x = x0;
  let r = 0;
  for (const e of entries) {
    const w = swatch + fontSize * 0.4 + textWidth(e.label, fontSize);
    if (x > x0 && x + w > x1) {
      r += 1;
      x = x0;
    }
    items.push({ ...e, x: x + swatch / 2, y: top + r * row + row / 2 });
    x += w + fontSize * 1.2;
  }
  return { items, height: entries.length ? (r + 1) * row : 0 };
}
