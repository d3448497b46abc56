/**
 * Rows of a paged frame, fetched from the element's `page_url` as the grid scrolls:
 * `GET <page_url>&start=S&stop=E[&sort=<field>&order=asc|desc]` answers an Arrow stream of
 * rows [S, E) of the (server-side sorted) frame, each with `__rill_row__`, its position in the
 * original frame. Rows are cached in pages of `PAGE` rows (a bounded number of them); one
 * request asks for at most `MAX_REQUEST` rows; a request the grid scrolled away from is
 * aborted.
 */
import { decodeFrame, type Frame } from "./arrow";

export const PAGE = 500;
export const MAX_REQUEST = 5000;

export interface Sort {
  field: string;
  order: "asc" | "desc";
}

interface Slot {
  frame: Frame;
  /** Row of `frame` holding this page's first row. */
  offset: number;
}

interface InFlight {
  start: number;
  stop: number;
  controller: AbortController;
  promise?: Promise<unknown>;
}

export interface PageCacheOptions {
  url: string;
  total: number;
  /** Rows 0.. of the unsorted frame, as the element was sent. */
  first?: Frame | null;
  /** Called when rows arrive (redraw) or a request fails. */
  onChange?: () => void;
  fetcher?: typeof fetch;
  /** How many pages to keep (the oldest go first). */
  maxPages?: number;
}

/** The request for rows [start, stop) under `sort`. */
export function pageRequest(url: string, start: number, stop: number, sort: Sort | null): string {
  let q = `${url}${url.includes("?") ? "&" : "?"}start=${start}&stop=${stop}`;
  if (sort) q += `&sort=${encodeURIComponent(sort.field)}&order=${sort.order}`;
  return q;
}

/** Split the missing pages of [first, last] into runs of at most MAX_REQUEST rows. */
export function requestRanges(missing: number[], total: number): [number, number][] {
  const out: [number, number][] = [];
  const perRequest = Math.max(1, Math.floor(MAX_REQUEST / PAGE));
  let run: number[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const start = (run[0] as number) * PAGE;
    const stop = Math.min(((run[run.length - 1] as number) + 1) * PAGE, total);
    out.push([start, stop]);
    run = [];
  };
  for (const page of missing) {
    const last = run[run.length - 1];
    if (last !== undefined && (page !== last + 1 || run.length >= perRequest)) flush();
    run.push(page);
  }
  flush();
  return out;
}

export class PageCache {
  readonly url: string;
  readonly total: number;
  error: string | null = null;
  private sort: Sort | null = null;
  private readonly first: Frame | null;
  private pages = new Map<number, Slot>();
  private inFlight: InFlight[] = [];
  private readonly onChange: () => void;
  private readonly fetcher: typeof fetch;
  private readonly maxPages: number;
  private generation = 0;

  constructor(options: PageCacheOptions) {
    this.url = options.url;
    this.total = options.total;
    this.first = options.first ?? null;
    this.onChange = options.onChange ?? (() => undefined);
    this.fetcher = options.fetcher ?? ((input, init) => fetch(input, init));
    this.maxPages = options.maxPages ?? 400;
    this.seed();
  }

  private seed(): void {
    if (this.sort || !this.first) return;
    for (let p = 0; p * PAGE < this.first.numRows; p++) {
      this.pages.set(p, { frame: this.first, offset: p * PAGE });
    }
  }

  /** Change the server-side sort: every cached row goes (but the first page when unsorted). */
  setSort(sort: Sort | null): void {
    if (this.sort?.field === sort?.field && this.sort?.order === sort?.order) return;
    this.sort = sort;
    this.generation += 1;
    for (const f of this.inFlight) f.controller.abort();
    this.inFlight = [];
    this.pages = new Map();
    this.error = null;
    this.seed();
  }

  /** Abort every request (the grid went away). */
  dispose(): void {
    this.generation += 1;
    for (const f of this.inFlight) f.controller.abort();
    this.inFlight = [];
  }

  /** The frame and its row holding row `row` of the (sorted) frame, or null when not loaded. */
  locate(row: number): { frame: Frame; index: number } | null {
    const page = Math.floor(row / PAGE);
    const slot = this.pages.get(page);
    if (!slot) return null;
    const index = slot.offset + (row - page * PAGE);
    return index < slot.frame.numRows ? { frame: slot.frame, index } : null;
  }

  /** Whether rows [start, stop) are all loaded. */
  has(start: number, stop: number): boolean {
    for (let p = Math.floor(start / PAGE); p * PAGE < Math.min(stop, this.total); p++) {
      if (!this.pages.has(p)) return false;
    }
    return true;
  }

  private missing(start: number, stop: number): number[] {
    const out: number[] = [];
    const from = Math.max(0, Math.floor(start / PAGE));
    const to = Math.ceil(Math.min(stop, this.total) / PAGE);
    for (let p = from; p < to; p++) {
      if (this.pages.has(p)) continue;
      const s = p * PAGE;
      if (this.inFlight.some((f) => f.start <= s && s < f.stop)) continue;
      out.push(p);
    }
    return out;
  }

  /**
   * The grid shows rows [start, stop): fetch what is missing there, and abort what was
   * asked for rows no longer near it.
   */
  want(start: number, stop: number): void {
    const keep = this.inFlight.filter((f) => f.stop > start && f.start < stop);
    for (const f of this.inFlight) if (!keep.includes(f)) f.controller.abort();
    this.inFlight = keep;
    for (const [s, e] of requestRanges(this.missing(start, stop), this.total)) {
      void this.load(s, e).catch(() => undefined);
    }
  }

  /** Load every row in [start, stop) (a CSV download, a copy), one request at a time. */
  async ensure(start: number, stop: number, onProgress?: (done: number) => void): Promise<void> {
    const ranges = requestRanges(this.missing(start, stop), this.total);
    let done = 0;
    for (const [s, e] of ranges) {
      await this.load(s, e, false);
      done += e - s;
      onProgress?.(done);
    }
    // Rows another request was already fetching: wait until they are in.
    while (!this.has(start, stop) && this.inFlight.length > 0) {
      await Promise.allSettled(this.inFlight.map((f) => f.promise));
    }
  }

  /** Every row, in the current sort, as frames of at most MAX_REQUEST rows (not cached). */
  async *chunks(signal?: AbortSignal): AsyncGenerator<Frame> {
    for (let start = 0; start < this.total; start += MAX_REQUEST) {
      const stop = Math.min(start + MAX_REQUEST, this.total);
      const response = await this.fetcher(pageRequest(this.url, start, stop, this.sort), {
        signal,
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`rows ${start}–${stop}: HTTP ${response.status}`);
      yield decodeFrame(await response.arrayBuffer());
    }
  }

  private async load(start: number, stop: number, abortable = true): Promise<void> {
    const generation = this.generation;
    const controller = new AbortController();
    const entry: InFlight = { start, stop, controller };
    if (abortable) this.inFlight.push(entry);
    const request = this.fetcher(pageRequest(this.url, start, stop, this.sort), {
      signal: controller.signal,
      credentials: "same-origin",
    });
    entry.promise = request;
    try {
      const response = await request;
      if (!response.ok) throw new Error(`rows ${start}–${stop}: HTTP ${response.status}`);
      const frame = decodeFrame(await response.arrayBuffer());
      // An aborted request whose answer came anyway is dropped: the grid is elsewhere.
      if (controller.signal.aborted || generation !== this.generation) return;
      for (let p = Math.floor(start / PAGE); p * PAGE < stop; p++) {
        this.pages.delete(p);
        this.pages.set(p, { frame, offset: p * PAGE - start });
      }
      this.evict();
      this.error = null;
      this.onChange();
    } catch (e) {
      if (controller.signal.aborted || generation !== this.generation) return;
      this.error = e instanceof Error ? e.message : String(e);
      this.onChange();
      throw e;
    } finally {
      this.inFlight = this.inFlight.filter((f) => f !== entry);
    }
  }

  private evict(): void {
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }
}
