"""Text: `st.markdown`, `st.title`, `st.header`, `st.subheader`, `st.caption`, `st.text`,
`st.code`, `st.json`, `st.latex` and `st.divider`.

The Python side cleans the text (common indentation removed, like a docstring) and validates
arguments; Markdown, colored text, emoji shortcodes, math and highlighting are the renderers'
work. Hooks: `rill_register_elements`. No config section.
"""
