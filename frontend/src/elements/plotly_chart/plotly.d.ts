/** The part of plotly.js (its minified dist bundle, which ships no types) rill uses. */
declare module "plotly.js-dist-min" {
  export type Datum = Record<string, unknown>;

  /** The plot's `div` once plotly.js has drawn into it. */
  export interface PlotlyHTMLElement extends HTMLDivElement {
    on(event: string, handler: (event: unknown) => void): void;
    removeAllListeners(event?: string): void;
  }

  export interface PlotlyStatic {
    react(
      root: HTMLElement,
      data: Datum[],
      layout: Datum,
      config: Datum,
    ): Promise<PlotlyHTMLElement>;
    purge(root: HTMLElement): void;
  }

  const Plotly: PlotlyStatic;
  export default Plotly;
}
