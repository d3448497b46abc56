"""ECharts: `st.echarts_chart`.

ECharts option dicts, JSON text and pyecharts charts (read through `dump_options()`, so
pyecharts is never imported), drawn by ECharts loaded on demand, with item and brush
selections returned to the script (`on_select`). Hooks: `rill_register_elements`. No config
section.
"""
