import { tableFromArrays, tableToIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./arrow";
import { MAX_REQUEST, PAGE, PageCache, pageRequest, requestRanges } from "./paging";
import { PagedSource } from "./rows";

const TOTAL = 1_000_000;

/** A fake page endpoint: rows [start, stop) of a frame whose row i holds v = i (or -i sorted desc). */
function server() {
  const requests: string[] = [];
  const fetcher = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), "http://x");
    requests.push(
      `${url.searchParams.get("start")}-${url.searchParams.get("stop")}${url.searchParams.get("order") ? ` ${url.searchParams.get("sort")} ${url.searchParams.get("order")}` : ""}`,
    );
    if (init?.signal?.aborted) throw new DOMException("aborted", "AbortError");
    const start = Number(url.searchParams.get("start"));
    const stop = Number(url.searchParams.get("stop"));
    if (stop - start > MAX_REQUEST) return new Response("too many", { status: 400 });
    const desc = url.searchParams.get("order") === "desc";
    const ids = Array.from({ length: stop - start }, (_, i) =>
      desc ? TOTAL - 1 - (start + i) : start + i,
    );
    const table = tableFromArrays({
      v: Float64Array.from(ids),
      __rill_row__: Float64Array.from(ids),
    });
    return new Response(tableToIPC(table, "stream") as Uint8Array<ArrayBuffer>);
  };
  return { requests, fetcher: fetcher as typeof fetch };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("page requests", () => {
  it("adds start, stop and the sort to the signed URL", () => {
    expect(pageRequest("/_rill/page?t=abc", 0, 500, null)).toBe(
      "/_rill/page?t=abc&start=0&stop=500",
    );
    expect(pageRequest("/p?t=1", 5, 9, { field: "a b", order: "desc" })).toBe(
      "/p?t=1&start=5&stop=9&sort=a%20b&order=desc",
    );
  });

  it("asks for runs of missing pages, at most MAX_REQUEST rows each", () => {
    const pages = Array.from({ length: 25 }, (_, i) => i).filter((p) => p !== 3);
    const ranges = requestRanges(pages, TOTAL);
    expect(ranges[0]).toEqual([0, 3 * PAGE]);
    expect(ranges.every(([s, e]) => e - s <= MAX_REQUEST)).toBe(true);
    expect(ranges.flatMap(([s, e]) => [s, e]).at(-1)).toBe(25 * PAGE);
    expect(requestRanges([1999], TOTAL)).toEqual([[1999 * PAGE, TOTAL]]);
  });
});

describe("PageCache", () => {
  it("serves the first page it was sent and fetches the rest as the grid scrolls", async () => {
    const first = decodeFrame(
      tableToIPC(
        tableFromArrays({ v: Float64Array.from({ length: PAGE }, (_, i) => i) }),
        "stream",
      ),
    );
    const { requests, fetcher } = server();
    let changes = 0;
    const cache = new PageCache({
      url: "/p?t=1",
      total: TOTAL,
      first,
      fetcher,
      onChange: () => changes++,
    });
    const source = new PagedSource(cache, first.fields);
    expect(source.value("v", 10)).toBe(10);
    expect(source.origin(10)).toBe(10);
    expect(source.value("v", TOTAL - 1)).toBeUndefined();

    cache.want(TOTAL - 40, TOTAL);
    await settle();
    await settle();
    expect(requests).toEqual([`${TOTAL - PAGE}-${TOTAL}`]);
    expect(changes).toBe(1);
    expect(source.value("v", TOTAL - 1)).toBe(TOTAL - 1);
    expect(source.origin(TOTAL - 1)).toBe(TOTAL - 1);
  });

  it("aborts requests for rows the grid scrolled away from", async () => {
    const { requests, fetcher } = server();
    const cache = new PageCache({ url: "/p", total: TOTAL, fetcher });
    cache.want(500_000, 500_010);
    cache.want(10, 20);
    await settle();
    await settle();
    expect(requests).toEqual(["500000-500500", "0-500"]);
    expect(cache.has(0, 20)).toBe(true);
    expect(cache.has(500_000, 500_010)).toBe(false);
  });

  it("sorts on the server: a new sort drops cached rows and maps rows to their origin", async () => {
    const { requests, fetcher } = server();
    const cache = new PageCache({ url: "/p", total: TOTAL, fetcher });
    cache.want(0, 10);
    await settle();
    await settle();
    cache.setSort({ field: "v", order: "desc" });
    const source = new PagedSource(cache, []);
    expect(source.origin(0)).toBeNull();
    cache.want(0, 10);
    await settle();
    await settle();
    expect(requests.at(-1)).toBe("0-500 v desc");
    expect(source.origin(0)).toBe(TOTAL - 1);
  });

  it("loads a whole range for a copy, and streams every row for a download", async () => {
    const { requests, fetcher } = server();
    const cache = new PageCache({ url: "/p", total: 12_000, fetcher });
    await cache.ensure(0, 12_000);
    expect(cache.has(0, 12_000)).toBe(true);
    expect(requests).toEqual(["0-5000", "5000-10000", "10000-12000"]);
    let rows = 0;
    for await (const frame of cache.chunks()) rows += frame.numRows;
    expect(rows).toBe(12_000);
  });

  it("keeps a bounded number of pages", async () => {
    const { fetcher } = server();
    const cache = new PageCache({ url: "/p", total: TOTAL, fetcher, maxPages: 4 });
    await cache.ensure(0, 10 * PAGE);
    expect(cache.has(0, PAGE)).toBe(false);
    expect(cache.has(6 * PAGE, 10 * PAGE)).toBe(true);
  });

  it("reports a failed request", async () => {
    const cache = new PageCache({
      url: "/p",
      total: TOTAL,
      fetcher: (async () => new Response("gone", { status: 404 })) as typeof fetch,
    });
    cache.want(0, 10);
    await settle();
    await settle();
    expect(cache.error).toMatch(/404/);
  });
});
