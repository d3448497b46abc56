import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderElement } from "../../test/render";
import {
  EMPTY_SELECTION,
  basemapStyle,
  clickSelection,
  deckJson,
  fillTemplate,
  initialView,
  tooltipFor,
} from "./deck";

const deck = vi.hoisted(() => {
  const made: Record<string, unknown>[] = [];
  class FakeDeck {
    constructor(public props: Record<string, unknown>) {
      made.push(props);
      const canvas = document.createElement("canvas");
      (props.parent as HTMLElement).appendChild(canvas);
      this.canvas = canvas;
    }
    canvas: HTMLCanvasElement;
    getCanvas(): HTMLCanvasElement {
      return this.canvas;
    }
    setProps(): void {}
    finalize(): void {}
  }
  const converter = { convert: (json: Record<string, unknown>) => ({ ...json, layers: ["L"] }) };
  return { made, FakeDeck, converter };
});
vi.mock("./deck", async (original) => ({
  ...(await original<typeof import("./deck")>()),
  loadDeck: async () => ({ Deck: deck.FakeDeck, converter: deck.converter }),
}));

const SPEC = JSON.stringify({
  initialViewState: { latitude: 48.8, longitude: 2.3, zoom: 5 },
  layers: [{ "@@type": "ScatterplotLayer", id: "cities", data: [{ n: 1 }] }],
  mapStyle: "https://basemaps.cartocdn.com/gl/dark-matter-gl-style/style.json",
  mapProvider: "carto",
});

describe("deck JSON", () => {
  it("drops pydeck's own map style and keeps the view", () => {
    const json = deckJson(SPEC);
    expect(json).not.toHaveProperty("mapStyle");
    expect(json).not.toHaveProperty("mapProvider");
    expect(initialView(json)).toEqual({
      latitude: 48.8,
      longitude: 2.3,
      zoom: 5,
      pitch: 0,
      bearing: 0,
    });
    expect(() => deckJson("[]")).toThrow("not a JSON object");
  });

  it("makes a MapLibre style of the configured basemap", () => {
    expect(basemapStyle({ style: "/style.json", tile_url: "/t/{z}/{x}/{y}.png" })).toBe(
      "/style.json",
    );
    expect(basemapStyle({ tile_url: "/t/{z}/{x}/{y}.png", attribution: "© T" })).toMatchObject({
      version: 8,
      sources: { tiles: { type: "raster", tiles: ["/t/{z}/{x}/{y}.png"], attribution: "© T" } },
    });
    expect(basemapStyle({})).toBeNull();
  });

  it("fills pydeck tooltips, escaping values in HTML ones", () => {
    expect(fillTemplate("{name}: {n} ({missing})", { name: "Lyon", n: 3 }, false)).toBe(
      "Lyon: 3 ({missing})",
    );
    expect(fillTemplate("<b>{name}</b>", { name: "<img src=x>" }, true)).toBe(
      "<b>&lt;img src=x&gt;</b>",
    );
    const tooltip = tooltipFor({ html: "<b>{name}</b>", style: { color: "red" } });
    expect(tooltip?.({ object: { name: "Paris" } })).toEqual({
      html: "<b>Paris</b>",
      style: { color: "red" },
    });
    expect(tooltip?.({})).toBeNull();
    expect(tooltipFor(null)).toBeNull();
  });
});

describe("clicks", () => {
  it("replace the selection in single-object mode, and a second click clears it", () => {
    const one = clickSelection(EMPTY_SELECTION, "single-object", "cities", 2, { n: 2 });
    expect(one).toEqual({
      selection: { indices: { cities: [2] }, objects: { cities: [{ n: 2 }] } },
    });
    expect(clickSelection(one, "single-object", "cities", 3, {}).selection.indices).toEqual({
      cities: [3],
    });
    expect(clickSelection(one, "single-object", "cities", 2, { n: 2 })).toEqual(EMPTY_SELECTION);
    expect(clickSelection(one, "single-object", null, -1, null)).toEqual(EMPTY_SELECTION);
  });

  it("toggle objects in multi-object mode", () => {
    let state = clickSelection(EMPTY_SELECTION, "multi-object", "cities", 0, { n: 0 });
    state = clickSelection(state, "multi-object", "cities", 4, { n: 4 });
    state = clickSelection(state, "multi-object", "roads", 1, { n: 1 });
    expect(state.selection.indices).toEqual({ cities: [0, 4], roads: [1] });
    state = clickSelection(state, "multi-object", "cities", 0, { n: 0 });
    state = clickSelection(state, "multi-object", "roads", 1, { n: 1 });
    expect(state).toEqual({
      selection: { indices: { cities: [4] }, objects: { cities: [{ n: 4 }] } },
    });
    expect(clickSelection(state, "multi-object", null, -1, null)).toBe(state);
  });
});

describe("the renderer", () => {
  beforeEach(() => {
    deck.made.length = 0;
  });

  it("draws the layers without a basemap, with a named, focusable canvas", async () => {
    renderElement("deck_gl_json_chart", { spec: SPEC, height: 320, alt: "Cities" });
    await waitFor(() => expect(deck.made).toHaveLength(1));
    expect(deck.made[0]).toMatchObject({
      layers: ["L"],
      controller: true,
      initialViewState: { latitude: 48.8, longitude: 2.3, zoom: 5 },
    });
    expect(screen.getByRole("figure", { name: "Cities" })).toHaveStyle({ height: "320px" });
    await waitFor(() =>
      expect(screen.getByRole("img")).toHaveAttribute(
        "aria-label",
        "Cities: drag or use the arrow keys to move",
      ),
    );
  });

  it("sends the clicked objects when selections are on", async () => {
    const { sent } = renderElement(
      "deck_gl_json_chart",
      { spec: SPEC, selection_mode: "single-object", value: EMPTY_SELECTION, form_id: null },
      { id: "map" },
    );
    await waitFor(() => expect(deck.made).toHaveLength(1));
    const onClick = deck.made[0]?.onClick as (info: unknown) => boolean;
    onClick({ layer: { id: "cities" }, index: 0, object: { n: 1 } });
    expect(sent).toEqual([
      {
        widgets: {
          map: { selection: { indices: { cities: [0] }, objects: { cities: [{ n: 1 }] } } },
        },
        fragmentId: null,
      },
    ]);
  });

  it("ignores clicks when selections are off", async () => {
    const { sent } = renderElement("deck_gl_json_chart", { spec: SPEC });
    await waitFor(() => expect(deck.made).toHaveLength(1));
    const onClick = deck.made[0]?.onClick as (info: unknown) => boolean;
    expect(onClick({ layer: { id: "cities" }, index: 0, object: {} })).toBe(false);
    expect(sent).toEqual([]);
  });
});
