"""Maps: `st.pydeck_chart` and `st.map`.

deck.gl layers (drawn with WebGL by deck.gl, loaded on demand) over an optional MapLibre tile
map; the points render even when no tiles load. pydeck is never imported (a deck is read
through its `to_json()`); pandas is imported when `st.map` is called. Hooks:
`rill_register_elements`, `rill_register_config_sections` (`[maps]`: the tile map).
"""
