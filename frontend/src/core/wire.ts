/**
 * Decoding of server frames. Text frames are one JSON message; a binary frame is
 * `[u32 big-endian JSON length][JSON][blob 0][blob 1]…` where the JSON lists blob sizes in
 * `blobs` and refers to blob `i` anywhere in its props as `{"$blob": i}`.
 */
import type { ServerMessage } from "../protocol.gen";

const utf8 = new TextDecoder();

function isBlobRef(value: unknown): value is { $blob: number } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "$blob";
}

/** Replace every `{"$blob": i}` inside `value` with `blobs[i]`, in place; returns the result. */
export function resolveBlobs(value: unknown, blobs: Uint8Array[]): unknown {
  if (isBlobRef(value)) {
    const blob = blobs[value.$blob];
    if (blob === undefined) throw new Error(`frame refers to missing blob ${value.$blob}`);
    return blob;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = resolveBlobs(value[i], blobs);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = resolveBlobs(record[key], blobs);
  }
  return value;
}

/** Decode a binary frame into its message, with blobs as `Uint8Array` views of the frame. */
export function decodeBinary(buffer: ArrayBuffer): ServerMessage {
  const view = new DataView(buffer);
  const length = view.getUint32(0, false);
  const json = JSON.parse(utf8.decode(new Uint8Array(buffer, 4, length))) as Record<
    string,
    unknown
  >;
  const sizes = (json.blobs as number[] | undefined) ?? [];
  delete json.blobs;
  const blobs: Uint8Array[] = [];
  let offset = 4 + length;
  for (const size of sizes) {
    if (offset + size > buffer.byteLength) throw new Error("binary frame is truncated");
    blobs.push(new Uint8Array(buffer, offset, size));
    offset += size;
  }
  return resolveBlobs(json, blobs) as ServerMessage;
}

/**
 * Decode one WebSocket frame: a text frame holds one message or a batch (a JSON array of the
 * messages the server flushed together); a binary frame holds one message with its blobs.
 */
export function decodeFrame(data: string | ArrayBuffer): ServerMessage[] {
  if (typeof data !== "string") return [decodeBinary(data)];
  const parsed = JSON.parse(data) as ServerMessage | ServerMessage[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Build a binary frame (used by tests and the dev mock server). */
export function encodeBinary(message: Record<string, unknown>, blobs: Uint8Array[]): ArrayBuffer {
  const json = new TextEncoder().encode(
    JSON.stringify({ ...message, blobs: blobs.map((b) => b.byteLength) }),
  );
  const total = 4 + json.byteLength + blobs.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  new DataView(out.buffer).setUint32(0, json.byteLength, false);
  out.set(json, 4);
  let offset = 4 + json.byteLength;
  for (const blob of blobs) {
    out.set(blob, offset);
    offset += blob.byteLength;
  }
  return out.buffer;
}
