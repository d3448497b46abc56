/** An element's `icon`: an emoji (or short text), or a Material Symbol (`:material/name:`). */
import type { ReactNode } from "react";

const MATERIAL = /^:material\/([a-z0-9_]+):$/;

/** The Material Symbol's name in `:material/name:`, or null for anything else. */
export function materialName(icon: string): string | null {
  return MATERIAL.exec(icon.trim())?.[1] ?? null;
}

export function isDrawableIcon(icon: string | null | undefined): icon is string {
  if (typeof icon !== "string" || icon.trim() === "") return false;
  return !icon.startsWith(":material/") || materialName(icon) !== null;
}

export function EmojiIcon({
  icon,
  className,
}: {
  icon: string | null | undefined;
  className?: string;
}): ReactNode {
  if (!isDrawableIcon(icon)) return null;
  const material = materialName(icon);
  const cls = material ? "rill-material-icon" : "rill-emoji-icon";
  return (
    <span className={`${cls}${className ? ` ${className}` : ""}`} aria-hidden="true">
      {material ?? icon}
    </span>
  );
}
