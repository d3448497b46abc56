/**
 * `pagination`: page buttons between previous and next arrows, in a navigation landmark
 * named "Pagination"; the current page is marked `aria-current="page"`. Sends the page chosen
 * (from 1). With many pages, the first and the last stay and "…" stands for the ones left out.
 */
import type { ReactNode } from "react";
import { IconChevron } from "../../render/icons";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { widthStyle } from "../pills/group";
import "./pagination.css";

export type PageItem = number | "gap";

/**
 * The page buttons to show for `page` of `total`: every page when `max` is null or enough,
 * none when it is 0; otherwise about `max` of them around `page`, with the first and last.
 */
export function pageItems(page: number, total: number, max: number | null): PageItem[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (max === null || total <= max) return all;
  if (max <= 0) return [];
  const inner = Math.max(1, max - 2);
  let start = Math.max(2, page - Math.floor((inner - 1) / 2));
  let end = start + inner - 1;
  if (end > total - 1) {
    end = total - 1;
    start = Math.max(2, end - inner + 1);
  }
  // A gap of one page is that page: a button says more than "…".
  if (start === 3) start = 2;
  if (end === total - 2) end = total - 1;
  const items: PageItem[] = [1];
  if (start > 2) items.push("gap");
  for (let p = start; p <= end; p++) items.push(p);
  if (end < total - 1) items.push("gap");
  items.push(total);
  return items;
}

export default function Pagination({ element, props }: PropsOf<"pagination">): ReactNode {
  const widget = useWidget<number>(element, props.value);
  const total = props.num_pages;
  const page = Math.min(Math.max(widget.value, 1), total);
  const max = props.max_visible_pages === undefined ? 7 : props.max_visible_pages;
  const go = (target: number): void => {
    if (target !== page && target >= 1 && target <= total) widget.commit(target);
  };
  return (
    <nav
      className="rill-widget rill-pagination"
      aria-label="Pagination"
      data-stretch={props.width === "stretch" || undefined}
      style={widthStyle(props.width)}
    >
      <button
        type="button"
        className="rill-pagination-arrow"
        aria-label="Previous page"
        disabled={props.disabled || page <= 1}
        onClick={() => go(page - 1)}
      >
        <IconChevron className="rill-pagination-previous" />
      </button>
      {pageItems(page, total, max).map((item, i) =>
        item === "gap" ? (
          <span key={`gap-${i}`} className="rill-pagination-gap" aria-hidden="true">
            …
          </span>
        ) : (
          <button
            key={item}
            type="button"
            className="rill-pagination-page"
            aria-label={`Page ${item}`}
            aria-current={item === page ? "page" : undefined}
            disabled={props.disabled}
            onClick={() => go(item)}
          >
            {item}
          </button>
        ),
      )}
      <button
        type="button"
        className="rill-pagination-arrow"
        aria-label="Next page"
        disabled={props.disabled || page >= total}
        onClick={() => go(page + 1)}
      >
        <IconChevron />
      </button>
    </nav>
  );
}
