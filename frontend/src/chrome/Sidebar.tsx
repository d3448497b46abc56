/** The sidebar (root 1): page navigation and sidebar elements; collapsible and resizable. */
import { useCallback, useRef, type ReactNode } from "react";
import { useStore } from "../core/store";
import type { PageInfo } from "../protocol.gen";
import { ElementList } from "../render/ElementView";
import { EmojiIcon } from "../render/EmojiIcon";
import { IconClose } from "../render/icons";
import { useApp } from "./AppContext";

const MIN_WIDTH = 220;
const MAX_WIDTH = 600;

function PageNav({
  pages,
  current,
  onNavigate,
}: {
  pages: PageInfo[];
  current: string | null;
  onNavigate: (page: PageInfo) => void;
}): ReactNode {
  return (
    <nav className="rill-page-nav" aria-label="Pages">
      <ul>
        {pages.map((page) => {
          const active =
            current === page.url_path ||
            (current === null && page.default === true) ||
            (current === "" && page.default === true);
          return (
            <li key={page.hash}>
              <a
                href={`./${page.url_path}`}
                aria-current={active ? "page" : undefined}
                onClick={(e) => {
                  if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  onNavigate(page);
                }}
              >
                <EmojiIcon icon={page.icon} />
                {page.title}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function Sidebar({
  open,
  onClose,
  onNavigate,
}: {
  open: boolean;
  onClose: () => void;
  onNavigate: (page: PageInfo) => void;
}): ReactNode {
  const { store, preferences, setPreferences } = useApp();
  const children = useStore(store, (s) => s.roots[1].children);
  const pages = useStore(store, (s) => s.pages);
  const page = useStore(store, (s) => s.page);
  const showNav = useStore(store, (s) => s.settings.show_sidebar_navigation) && pages.length > 1;
  const ref = useRef<HTMLElement>(null);
  const width = preferences.sidebarWidth ?? 300;

  const startResize = useCallback(
    (event: React.PointerEvent) => {
      event.preventDefault();
      const startX = event.clientX;
      const start = ref.current?.getBoundingClientRect().width ?? width;
      let next = start;
      const move = (e: PointerEvent): void => {
        next = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, start + e.clientX - startX));
        ref.current
          ?.closest<HTMLElement>(".rill-app")
          ?.style.setProperty("--rill-sidebar-width", `${next}px`);
      };
      const up = (): void => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        setPreferences({ sidebarWidth: Math.round(next) });
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    },
    [width, setPreferences],
  );

  return (
    <aside
      ref={ref}
      className="rill-sidebar rill-scope"
      data-open={open || undefined}
      aria-label="Sidebar"
      aria-hidden={!open || undefined}
      {...(open ? {} : { inert: "" })}

      data-testid="sidebar"
    >
      <div className="rill-sidebar-header">
        <button
          type="button"
          className="rill-icon-button"
          aria-label="Close sidebar"
          onClick={onClose}
        >
          <IconClose />
        </button>
      </div>
      <div className="rill-sidebar-content">
        {showNav ? <PageNav pages={pages} current={page} onNavigate={onNavigate} /> : null}
        <div className="rill-block-root">
          <ElementList nodes={children} />
        </div>
      </div>
      <div
        className="rill-sidebar-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize sidebar"
        onPointerDown={startResize}
        onDoubleClick={() => setPreferences({ sidebarWidth: null })}
      />
    </aside>
  );
}
