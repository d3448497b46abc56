/**
 * `deck_gl_json_chart` (`st.pydeck_chart`, `st.map`): deck.gl layers drawn with WebGL, over the
 * MapLibre tile map `[maps]` configures, or over the app's background when there is none (no
 * tile server is contacted then). deck.gl and MapLibre load the first time a map appears. With
 * `on_select`, clicked objects are sent back as the widget's value.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { PropsOf } from "../../render/types";
import { useWidget } from "../../render/useWidget";
import { ChartError, boxStyle, messageOf } from "../plotly_chart/kit";
import type { Basemap } from "./basemap";
import {
  EMPTY_SELECTION,
  basemapStyle,
  clickSelection,
  deckJson,
  initialView,
  loadDeck,
  plainObject,
  tooltipFor,
  type DeckLibs,
  type Json,
  type SelectionState,
} from "./deck";
import "./deck_gl_json_chart.css";

let libs: Promise<DeckLibs> | null = null;

interface Drawn {
  setProps(props: Json): void;
  remove(): void;
}

export default function DeckGlJsonChart({
  element,
  props,
}: PropsOf<"deck_gl_json_chart">): ReactNode {
  const canvasBox = useRef<HTMLDivElement>(null);
  const drawn = useRef<Drawn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mode = element.id ? (props.selection_mode ?? null) : null;
  const widget = useWidget<SelectionState>(
    element,
    (props.value as SelectionState | null | undefined) ?? EMPTY_SELECTION,
  );

  const parsed = useMemo(() => {
    try {
      return { deck: deckJson(props.spec), error: null };
    } catch (e) {
      return { deck: null, error: messageOf(e) };
    }
  }, [props.spec]);

  const nameRef = useRef("Map");
  nameRef.current = props.alt?.trim() || "Map";
  const current = useRef({ widget, mode, sent: JSON.stringify(widget.value) });
  current.current.widget = widget;
  current.current.mode = mode;

  const basemapKey = JSON.stringify(props.basemap ?? null);
  const tooltipKey = JSON.stringify(props.tooltip ?? null);
  const viewKey = JSON.stringify(parsed.deck ? initialView(parsed.deck) : null);

  useEffect(() => {
    const el = canvasBox.current;
    const deck = parsed.deck;
    if (!el || !deck) return;
    let live = true;
    const draw = async (): Promise<void> => {
      libs ??= loadDeck();
      const { Deck, converter } = await libs;
      if (!live) return;
      const converted = converter.convert(deck) as Json;
      const onClick = (info: Json): boolean => {
        const selectionMode = current.current.mode;
        if (!selectionMode) return false;
        const layer = info.layer as { id?: string } | null | undefined;
        const index = typeof info.index === "number" ? info.index : -1;
        const before = current.current.widget.value as SelectionState;
        const next = clickSelection(
          before,
          selectionMode,
          info.object !== undefined && layer?.id ? layer.id : null,
          index,
          plainObject(info.object),
        );
        const text = JSON.stringify(next);
        if (text !== current.current.sent) {
          current.current.sent = text;
          current.current.widget.commit(next);
        }
        return true;
      };
      const deckProps: Json = {
        layers: converted.layers ?? [],
        getTooltip: tooltipFor(JSON.parse(tooltipKey)),
        onClick,
      };
      const basemap = JSON.parse(basemapKey) as Parameters<typeof basemapStyle>[0] | null;
      const style = basemap ? basemapStyle(basemap) : null;
      const view = initialView(deck);
      if (style !== null && basemap) {
        const { createBasemap } = await import("./basemap");
        if (!live) return;
        const map: Basemap = createBasemap(el, style, view, basemap.attribution ?? null, deckProps);
        drawn.current = map;
      } else {
        // deck.gl makes its canvas once its WebGL device is ready: named then (and now, if
        // it is there already).
        const label = (): void => {
          const canvas = instance.getCanvas();
          canvas?.setAttribute("role", "img");
          canvas?.setAttribute(
            "aria-label",
            `${nameRef.current}: drag or use the arrow keys to move`,
          );
        };
        const instance = new Deck({
          parent: el,
          onLoad: () => label(),
          width: "100%",
          height: "100%",
          initialViewState: (converted.initialViewState as Json | undefined) ?? view,
          ...(converted.views ? { views: converted.views } : {}),
          controller: true,
          ...deckProps,
        } as ConstructorParameters<typeof Deck>[0]);
        drawn.current = {
          setProps: (p) => instance.setProps(p),
          remove: () => instance.finalize(),
        };
        label();
      }
      setError(null);
    };
    draw().catch((e: unknown) => {
      if (live) setError(messageOf(e));
    });
    return () => {
      live = false;
      drawn.current?.remove();
      drawn.current = null;
      el.replaceChildren();
    };
    // The deck is redrawn when its JSON, view, tooltip or basemap changes.
  }, [parsed, viewKey, tooltipKey, basemapKey]);

  // The server's value after a rerun is what was sent: do not send it again.
  useEffect(() => {
    current.current.sent = JSON.stringify(props.value ?? EMPTY_SELECTION);
  }, [props.value]);

  const height = props.height ?? 500;
  const name = nameRef.current;
  const failure = parsed.error ?? error;
  return (
    <div className="rill-chart rill-deck-box" style={boxStyle(props.width ?? "stretch")}>
      {failure !== null ? <ChartError what="The map" message={failure} /> : null}
      <div
        className="rill-deck"
        // A figure, not an img: the map's canvas takes the focus (arrow keys pan, +/- zoom).
        role="figure"
        aria-label={name}
        // "stretch" fills a container of fixed height, and is never less than the default.
        style={{
          height: height === "stretch" ? "100%" : `${height}px`,
          minHeight: height === "stretch" ? "500px" : undefined,
        }}
      >
        <div ref={canvasBox} className="rill-deck-canvas" />
      </div>
    </div>
  );
}
