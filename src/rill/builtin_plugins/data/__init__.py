"""Data: `st.dataframe`, `st.data_editor`, `st.table`, `st.column_config` and `add_rows`.

Every table-like value (pandas, pyarrow, polars, NumPy, plain Python collections, anything
with an Arrow stream) goes through one encoder (`arrow.py`) to Arrow IPC; frames of more than
5,000 rows travel page by page from a session-bound route. Hooks: `rill_register_elements`
(`dataframe`, `data_editor`, `table`), `rill_register_routes` (`/_rill/data/page`),
`rill_register_write_handlers` (st.write of tables), `rill_script_run_finished` and
`rill_session_ended` (paged frames go with their elements). No config section.
"""
