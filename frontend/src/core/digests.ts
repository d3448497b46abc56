/**
 * The browser's half of the digest memory (`DigestMemory` in src/rill/core/server/wire.py):
 * the props of the last `DIGEST_MEMORY` elements that carried a digest, least recently used
 * first out. The server applies the same operations in the same order, so a delta marked
 * `same` always names props this memory holds.
 */
import type { Delta } from "../protocol.gen";
import { DIGEST_MEMORY } from "../protocol.gen";

export class DigestMemory {
  private readonly props = new Map<string, Record<string, unknown>>();

  constructor(private readonly capacity: number = DIGEST_MEMORY) {}

  /** `delta` with its props filled in when it is a `same` delta; remembers digested props. */
  expand(delta: Delta): Delta {
    const { element } = delta;
    const digest = element.digest;
    if (digest === undefined || digest === null) return delta;
    const known = this.props.get(digest);
    if (element.same === true) {
      if (known === undefined) {
        // Cannot happen while both sides follow the protocol; show nothing rather than crash.
        console.warn(`rill: no props for digest ${digest}`);
        return delta;
      }
      this.props.delete(digest);
      this.props.set(digest, known);
      return { ...delta, element: { ...element, props: known, same: false } };
    }
    if (known === undefined) {
      this.props.set(digest, element.props ?? {});
      if (this.props.size > this.capacity) {
        const oldest = this.props.keys().next().value;
        if (oldest !== undefined) this.props.delete(oldest);
      }
    }
    return delta;
  }

  clear(): void {
    this.props.clear();
  }
}
