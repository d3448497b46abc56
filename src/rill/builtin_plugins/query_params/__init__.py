"""Query parameters: `st.query_params`, kept in step with the browser's URL.

Hooks: none beyond registration. The session keeps the parsed query string; writes send a
`query_string` message so the browser updates its address bar without reloading.
"""
