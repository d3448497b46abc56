/** An element's `icon`: an emoji (or short text). */
import type { ReactNode } from "react";

/**
 * Material Symbols (`:material/name:`) need a 3 MB font that rill does not ship yet; such icons
 * are left out rather than shown as their name.
 */
export function isDrawableIcon(icon: string | null | undefined): icon is string {
  return typeof icon === "string" && icon.trim() !== "" && !icon.startsWith(":material/");
}

export function EmojiIcon({
  icon,
  className,
}: {
  icon: string | null | undefined;
  className?: string;
}): ReactNode {
  if (!isDrawableIcon(icon)) return null;
  return (
    <span className={`rill-emoji-icon${className ? ` ${className}` : ""}`} aria-hidden="true">
      {icon}
    </span>
  );
}
