"""Charts: `st.line_chart`, `st.area_chart`, `st.bar_chart`, `st.scatter_chart`,
`st.vega_lite_chart` and `st.altair_chart`.

Every chart is one element kind, `vega_lite_chart`: a Vega-Lite spec built in Python (the
built-in charts melt wide tables with pandas; Altair charts are converted with `to_dict()`),
its tables sent beside it as Arrow IPC streams. The browser draws it with vega-embed, loaded
only when a chart appears, in the app's theme (`[theme]` primary and chart colors, light or
dark). Selections (`on_select`) make the chart a widget whose value is a `VegaLiteState`.
Hooks: `rill_register_elements`. No config section (chart colors are `[theme]` options).
"""
