import { describe, expect, it } from "vitest";
import { decodeBinary, decodeFrame, encodeBinary, resolveBlobs } from "./wire";

describe("wire decoding", () => {
  it("parses text frames as JSON", () => {
    expect(decodeFrame('{"t":"trim","path":[0],"length":2}')).toEqual([
      { t: "trim", path: [0], length: 2 },
    ]);
  });

  it("parses a batch of messages in order", () => {
    const frame = '[{"t":"script_started","run_id":2},{"t":"trim","path":[0],"length":0}]';
    expect(decodeFrame(frame).map((m) => m.t)).toEqual(["script_started", "trim"]);
  });

  it("decodes binary frames and puts blobs in place", () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([9]);
    const message = {
      t: "delta",
      run_id: 1,
      path: [0, 0],
      element: { kind: "image", props: { data: { $blob: 1 }, nested: [{ $blob: 0 }] } },
    };
    const decoded = decodeBinary(encodeBinary(message, [a, b])) as unknown as typeof message & {
      blobs?: unknown;
    };
    const props = decoded.element.props as unknown as { data: Uint8Array; nested: Uint8Array[] };
    expect(props.data).toBeInstanceOf(Uint8Array);
    expect([...props.data]).toEqual([9]);
    expect([...(props.nested[0] as Uint8Array)]).toEqual([1, 2, 3]);
    expect(decoded.blobs).toBeUndefined();
  });

  it("reads the JSON length as big-endian", () => {
    const buffer = encodeBinary({ t: "trim", path: [1], length: 0 }, []);
    const view = new DataView(buffer);
    expect(view.getUint32(0, false)).toBe(buffer.byteLength - 4);
    expect(decodeFrame(buffer)).toEqual([{ t: "trim", path: [1], length: 0 }]);
  });

  it("rejects truncated frames and missing blobs", () => {
    const full = encodeBinary({ t: "x" }, [new Uint8Array(10)]);
    expect(() => decodeBinary(full.slice(0, full.byteLength - 3))).toThrow(/truncated/);
    expect(() => resolveBlobs({ $blob: 2 }, [])).toThrow(/missing blob/);
  });

  it("leaves objects that merely contain a $blob key alone", () => {
    const value = { $blob: 0, other: 1 };
    expect(resolveBlobs(value, [new Uint8Array(1)])).toEqual({ $blob: 0, other: 1 });
  });
});
