/** The grid toolbar's icons, inline SVG like render/icons.tsx. */
import type { ReactNode } from "react";

function Svg({ d }: { d: string }): ReactNode {
  return (
    <svg
      width="1em"
      height="1em"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

export const IconDownload = (): ReactNode => <Svg d="M12 4v11m-4.5-4.5L12 15l4.5-4.5M5 19h14" />;
export const IconSearch = (): ReactNode => (
  <Svg d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Zm4.7-1.8L20 20" />
);
export const IconExpand = (): ReactNode => <Svg d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />;
export const IconCollapse = (): ReactNode => <Svg d="M9 4v5H4M15 4v5h5M9 20v-5H4M15 20v-5h5" />;
export const IconColumns = (): ReactNode => <Svg d="M4 5h16v14H4zM9.3 5v14M14.7 5v14" />;
export const IconTrash = (): ReactNode => (
  <Svg d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3" />
);
export const IconAdd = (): ReactNode => <Svg d="M12 5v14M5 12h14" />;
