"""Graphviz: `st.graphviz_chart`.

DOT source and graphviz objects, laid out in the browser by Graphviz compiled to WebAssembly
(@viz-js/viz, loaded on demand). graphviz (the Python package) is never imported: its objects
are read through their `source` and `engine`. Hooks: `rill_register_elements`. No config
section.
"""
