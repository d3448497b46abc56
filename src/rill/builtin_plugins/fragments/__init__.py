"""Fragments: `@st.fragment` functions rerun on their own, without the rest of the script.

Hooks: none beyond registration; the runtime runs fragments through `Session.fragments`.
"""
