import { describe, expect, it } from "vitest";
import type { Delta } from "../protocol.gen";
import { DigestMemory } from "./digests";

function delta(digest: string, props: Record<string, unknown>, same = false): Delta {
  return {
    t: "delta",
    run_id: 1,
    path: [0, 0],
    element: { kind: "dataframe", props, digest, same, id: null, block: false },
  };
}

describe("DigestMemory", () => {
  it("fills a same delta with the props first sent under its digest", () => {
    const memory = new DigestMemory();
    memory.expand(delta("d1", { rows: 3 }));
    expect(memory.expand(delta("d1", {}, true)).element.props).toEqual({ rows: 3 });
  });

  it("forgets the least recently used digest first, as the server does", () => {
    const memory = new DigestMemory(2);
    memory.expand(delta("a", { n: 1 }));
    memory.expand(delta("b", { n: 2 }));
    memory.expand(delta("a", {}, true)); // a is now the most recent
    memory.expand(delta("c", { n: 3 })); // evicts b
    expect(memory.expand(delta("a", {}, true)).element.props).toEqual({ n: 1 });
    expect(memory.expand(delta("c", {}, true)).element.props).toEqual({ n: 3 });
    const lost = memory.expand(delta("b", {}, true));
    expect(lost.element.props).toEqual({});
  });

  it("leaves deltas without a digest alone", () => {
    const memory = new DigestMemory();
    const plain: Delta = {
      t: "delta",
      run_id: 1,
      path: [0, 0],
      element: { kind: "text", props: { body: "x" }, id: null, block: false },
    };
    expect(memory.expand(plain)).toBe(plain);
  });
});
