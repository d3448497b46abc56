/**
 * Column widths from their content: the header and the first rows' text, measured with the
 * grid's font (an estimate where there is no canvas, as in tests).
 */
export const MIN_WIDTH = 50;
export const MAX_AUTO_WIDTH = 500;
/** Rows sampled per column. */
export const SAMPLE_ROWS = 100;

let ctx: CanvasRenderingContext2D | null | undefined;

function context(): CanvasRenderingContext2D | null {
  if (ctx === undefined) {
    try {
      ctx = document.createElement("canvas").getContext("2d");
    } catch {
      ctx = null;
    }
  }
  return ctx;
}

/** Width in px of `text` in CSS font `font`. */
export function textWidth(text: string, font: string): number {
  const c = context();
  if (!c) return text.length * 7.5;
  c.font = font;
  return c.measureText(text).width;
}

/**
 * The width of a column showing `header` over `samples` (the header is bold and leaves room
 * for the menu button).
 */
export function columnWidth(
  header: string,
  samples: string[],
  fontFamily: string,
  padding = 8,
  extra = 0,
): number {
  const headerWidth = textWidth(header, `600 14px ${fontFamily}`) + 2 * padding + 28;
  let widest = 0;
  for (const s of samples) {
    const w = textWidth(s.length > 80 ? s.slice(0, 80) : s, `14px ${fontFamily}`);
    if (w > widest) widest = w;
  }
  const content = widest + 2 * padding + extra;
  return Math.ceil(Math.min(MAX_AUTO_WIDTH, Math.max(MIN_WIDTH, headerWidth, content)));
}
