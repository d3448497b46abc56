"""Plotly: `st.plotly_chart`.

Plotly figures and dicts, drawn by plotly.js loaded on demand, with point, box and lasso
selections returned to the script (`on_select`). plotly is imported when the command is called,
never when the plugin loads. Hooks: `rill_register_elements`. No config section.
"""
