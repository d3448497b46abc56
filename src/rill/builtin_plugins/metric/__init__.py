"""Metric: `st.metric`.

A value in big type with its label, how it changed (a delta with an arrow and a color) and an
optional sparkline that the browser draws as a small SVG. Hooks: `rill_register_elements`. No
config section.
"""
