"""Mermaid: `st.mermaid_chart`.

Mermaid diagram source rendered to SVG in the browser by mermaid (loaded on demand) with its
strict security level: no HTML labels, no scripts, no click handlers. Hooks:
`rill_register_elements`. No config section.
"""
