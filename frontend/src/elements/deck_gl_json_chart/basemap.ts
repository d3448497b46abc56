/**
 * The tile map under a deck (`[maps]` config): MapLibre, with the deck drawn over it by
 * deck.gl's MapboxOverlay. Imported only when a basemap is configured. Tiles that fail to load
 * leave the map blank, never the layers.
 */
import { MapboxOverlay } from "@deck.gl/mapbox";
import maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Json } from "./deck";

export interface Basemap {
  /** Update the deck's props (layers, tooltip, click handler). */
  setProps(props: Json): void;
  remove(): void;
}

export function createBasemap(
  container: HTMLElement,
  style: string | Json,
  view: Json,
  attribution: string | null,
  deckProps: Json,
): Basemap {
  const map = new maplibregl.Map({
    container,
    style: style as maplibregl.StyleSpecification | string,
    center: [Number(view.longitude) || 0, Number(view.latitude) || 0],
    zoom: Number(view.zoom) || 0,
    pitch: Number(view.pitch) || 0,
    bearing: Number(view.bearing) || 0,
    attributionControl: attribution ? { compact: true, customAttribution: attribution } : false,
  });
  // A tile server that cannot be reached is logged once per tile by MapLibre; the points
  // drawn over the map do not depend on it.
  map.on("error", () => undefined);
  const overlay = new MapboxOverlay({ interleaved: false, ...deckProps });
  map.addControl(overlay);
  return {
    setProps: (props) => overlay.setProps(props),
    remove: () => map.remove(),
  };
}
