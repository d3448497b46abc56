/**
 * deck.gl JSON (pydeck's `to_json()`, or what `st.map` builds) into deck props, pydeck's
 * tooltips, the basemap style `[maps]` configures, and the selection state sent back.
 */

export type Json = Record<string, unknown>;

export interface SelectionState {
  selection: { indices: Record<string, number[]>; objects: Record<string, unknown[]> };
}

export const EMPTY_SELECTION: SelectionState = { selection: { indices: {}, objects: {} } };

const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The libraries a deck needs, imported together (their own chunks). */
export async function loadDeck() {
  const [core, layers, aggregation, json] = await Promise.all([
    import("@deck.gl/core"),
    import("@deck.gl/layers"),
    import("@deck.gl/aggregation-layers"),
    import("@deck.gl/json"),
  ]);
  const classes: Record<string, unknown> = {};
  for (const module of [layers, aggregation]) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === "function" && name.endsWith("Layer")) classes[name] = value;
    }
  }
  const views = ["MapView", "FirstPersonView", "OrbitView", "OrthographicView"] as const;
  for (const name of views) classes[name] = core[name];
  classes.GlobeView = core._GlobeView;
  const configuration = new json.JSONConfiguration({
    classes: classes as Record<string, new (props: Record<string, unknown>) => unknown>,
    enumerations: { COORDINATE_SYSTEM: core.COORDINATE_SYSTEM },
  });
  return { Deck: core.Deck, converter: new json.JSONConverter({ configuration }) };
}

export type DeckLibs = Awaited<ReturnType<typeof loadDeck>>;

/** The deck's JSON without what rill does not draw (pydeck's own map style and provider). */
export function deckJson(spec: string): Json {
  const parsed: unknown = JSON.parse(spec);
  if (!isObject(parsed)) throw new Error("The deck is not a JSON object.");
  const { mapStyle: _style, mapProvider: _provider, ...rest } = parsed;
  void _style;
  void _provider;
  return rest;
}

/** The view a deck opens on (`initialViewState`), with pydeck's defaults. */
export function initialView(deck: Json): Json {
  const view = isObject(deck.initialViewState) ? deck.initialViewState : {};
  return { latitude: 0, longitude: 0, zoom: 1, pitch: 0, bearing: 0, ...view };
}

/** A MapLibre style: the configured style URL, or one raster source from a tile template. */
export function basemapStyle(basemap: {
  style?: string | null;
  tile_url?: string | null;
  attribution?: string | null;
}): string | Json | null {
  if (basemap.style) return basemap.style;
  if (!basemap.tile_url) return null;
  return {
    version: 8,
    sources: {
      tiles: {
        type: "raster",
        tiles: [basemap.tile_url],
        tileSize: 256,
        ...(basemap.attribution ? { attribution: basemap.attribution } : {}),
      },
    },
    layers: [{ id: "tiles", type: "raster", source: "tiles" }],
  };
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** `{column}` placeholders replaced by the object's values (escaped in HTML templates). */
export function fillTemplate(template: string, object: Json, html: boolean): string {
  return template.replace(/\{([^{}]+)\}/g, (whole, key: string) => {
    const value = object[key.trim()];
    if (value === undefined) return whole;
    const text = typeof value === "object" ? JSON.stringify(value) : String(value);
    return html ? escapeHtml(text) : text;
  });
}

/** deck.gl's `getTooltip` for pydeck's tooltip settings (`{html|text, style}`, or True). */
export function tooltipFor(tooltip: unknown): ((info: Json) => Json | null) | null {
  if (!tooltip) return null;
  const settings = isObject(tooltip) ? tooltip : {};
  return (info) => {
    const object = info.object;
    if (!isObject(object)) return null;
    const style = isObject(settings.style) ? settings.style : undefined;
    if (typeof settings.html === "string") {
      return { html: fillTemplate(settings.html, object, true), style };
    }
    if (typeof settings.text === "string") {
      return { text: fillTemplate(settings.text, object, false), style };
    }
    const lines = Object.entries(object)
      .filter(([, v]) => typeof v !== "object" || v === null)
      .map(([k, v]) => `${k}: ${String(v)}`);
    return { text: lines.join("\n"), style };
  };
}

/** An object picked on the map as plain JSON (aggregated bins can hold their points). */
export function plainObject(object: unknown): unknown {
  try {
    const text = JSON.stringify(object, (_key, value: unknown) =>
      typeof value === "number" && !Number.isFinite(value) ? null : value,
    );
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** The state after a click: `single-object` replaces (or clears), `multi-object` toggles. */
export function clickSelection(
  state: SelectionState,
  mode: "single-object" | "multi-object",
  layerId: string | null,
  index: number,
  object: unknown,
): SelectionState {
  if (layerId === null || index < 0) return mode === "single-object" ? EMPTY_SELECTION : state;
  const { indices, objects } = state.selection;
  const picked = indices[layerId] ?? [];
  const already = picked.indexOf(index);
  if (mode === "single-object") {
    if (already >= 0 && picked.length === 1 && Object.keys(indices).length === 1) {
      return EMPTY_SELECTION;
    }
    return { selection: { indices: { [layerId]: [index] }, objects: { [layerId]: [object] } } };
  }
  const nextIndices = { ...indices };
  const nextObjects = { ...objects };
  const layerObjects = [...(objects[layerId] ?? [])];
  const layerIndices = [...picked];
  if (already >= 0) {
    layerIndices.splice(already, 1);
    layerObjects.splice(already, 1);
  } else {
    layerIndices.push(index);
    layerObjects.push(object);
  }
  if (layerIndices.length) {
    nextIndices[layerId] = layerIndices;
    nextObjects[layerId] = layerObjects;
  } else {
    delete nextIndices[layerId];
    delete nextObjects[layerId];
  }
  return { selection: { indices: nextIndices, objects: nextObjects } };
}
