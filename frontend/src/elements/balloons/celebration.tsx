/**
 * The celebrations `balloons` and `snow`: SVG shapes that float over the whole page once, then
 * go away. The overlay catches no clicks, is hidden from assistive technology (it carries no
 * information), and is not drawn at all for users who ask for reduced motion.
 */
import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { usePrefersReducedMotion } from "../spinner/timing";
import "./celebration.css";

export type CelebrationKind = "balloons" | "snow";

interface Piece {
  left: number; // % of the viewport width
  delay: number; // s
  duration: number; // s
  size: number; // px
  drift: number; // px, sideways over the whole fall or rise
  hue: number; // balloons: index in the palette
}

const COUNTS: Record<CelebrationKind, number> = { balloons: 24, snow: 48 };

/** The last moment a piece may still be on screen, in seconds. */
const LONGEST = { balloons: 1.6 + 4.4, snow: 2.4 + 6.5 };

/** Balloon colors: bright enough to read as balloons on the light and the dark theme. */
export const BALLOON_COLORS = ["#ff4b4b", "#ffa421", "#ffe312", "#21c354", "#1c83e1", "#803df5"];

/** A small deterministic generator, so that a given seed always draws the same scene. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function pieces(kind: CelebrationKind, seed: number): Piece[] {
  const next = random(seed);
  return Array.from({ length: COUNTS[kind] }, (_, i) => ({
    left: next() * 96 + 2,
    delay: next() * (kind === "balloons" ? 1.6 : 2.4),
    duration: kind === "balloons" ? 3.2 + next() * 1.2 : 4.5 + next() * 2,
    size: kind === "balloons" ? 44 + next() * 28 : 10 + next() * 14,
    drift: (next() - 0.5) * (kind === "balloons" ? 120 : 160),
    hue: i % BALLOON_COLORS.length,
  }));
}

function Balloon({ color }: { color: string }): ReactNode {
  return (
    <svg viewBox="0 0 40 64" width="100%" height="100%" focusable="false">
      <path d="M20 46 q-3 7 1 11 t-1 7" fill="none" stroke="#8a8a8a" strokeWidth="1" />
      <ellipse cx="20" cy="22" rx="16" ry="21" fill={color} />
      <path d="M17 43 h6 l-3 4 z" fill={color} />
      <ellipse cx="14" cy="14" rx="3.5" ry="6" fill="#ffffff" fillOpacity="0.35" />
    </svg>
  );
}

function Snowflake(): ReactNode {
  return (
    <svg viewBox="-12 -12 24 24" width="100%" height="100%" focusable="false">
      <g stroke="#ffffff" strokeWidth="1.6" strokeLinecap="round">
        <line x1="0" y1="-10" x2="0" y2="10" />
        <line x1="-8.7" y1="-5" x2="8.7" y2="5" />
        <line x1="-8.7" y1="5" x2="8.7" y2="-5" />
      </g>
      <circle r="2" fill="#ffffff" />
    </svg>
  );
}

export function Celebration({ kind, play }: { kind: CelebrationKind; play: number }): ReactNode {
  const reduced = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(true);
  useEffect(() => {
    setPlaying(true);
    const timer = setTimeout(() => setPlaying(false), LONGEST[kind] * 1000 + 500);
    return () => clearTimeout(timer);
  }, [kind, play]);
  const scene = useMemo(() => pieces(kind, play), [kind, play]);
  if (reduced || !playing) return null;
  return createPortal(
    <div className="rill-celebration" data-kind={kind} aria-hidden="true">
      {scene.map((p, i) => (
        <div
          key={i}
          className="rill-celebration-piece"
          style={
            {
              left: `${p.left}%`,
              width: `${p.size}px`,
              height: `${kind === "balloons" ? p.size * 1.6 : p.size}px`,
              animationDelay: `${p.delay}s`,
              animationDuration: `${p.duration}s`,
              "--rill-drift": `${p.drift}px`,
            } as CSSProperties
          }
        >
          {kind === "balloons" ? (
            <Balloon color={BALLOON_COLORS[p.hue] ?? "#ff4b4b"} />
          ) : (
            <Snowflake />
          )}
        </div>
      ))}
    </div>,
    document.body,
  );
}
