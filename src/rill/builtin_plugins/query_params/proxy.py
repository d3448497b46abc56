"""`st.query_params`: a dict-like view of the URL's query string."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping
from typing import Any
from urllib.parse import urlencode

from rill.plugins import RillAPIError, require_ctx

RESERVED = ("embed", "embed_options")


def _query() -> dict[str, list[str]]:
    ctx = require_ctx("query_params")
    ctx.checkpoint()
    ctx.kernel.require("query_params", "st.query_params")
    query: dict[str, list[str]] = ctx.session.query
    return query


def _sync() -> None:
    ctx = require_ctx("query_params")
    ctx.send({"t": "query_string", "query": urlencode(ctx.session.query, doseq=True)})


class QueryParamsProxy(MutableMapping[str, str]):
    """The query string of the page's URL, read and written like a dict.

    Reading a key gives its last value as a string; `get_all` gives every value. Setting a key
    to a string or a list of strings updates the URL in the browser.

    Example:
        st.query_params["tab"] = "settings"
        tab = st.query_params.get("tab", "home")
    """

    def __getitem__(self, key: str) -> str:
        values = _query().get(key)
        if not values:
            raise KeyError(f'st.query_params has no key "{key}".')
        return values[-1]

    def __setitem__(self, key: str, value: Any) -> None:
        _check_key(key)
        _query()[key] = _as_values(key, value)
        _sync()

    def __delitem__(self, key: str) -> None:
        query = _query()
        if key not in query:
            raise KeyError(f'st.query_params has no key "{key}".')
        del query[key]
        _sync()

    def __iter__(self) -> Iterator[str]:
        return iter(list(_query()))

    def __len__(self) -> int:
        return len(_query())

    def __contains__(self, key: object) -> bool:
        return key in _query()

    def __getattr__(self, key: str) -> str:
        if key.startswith("__"):
            raise AttributeError(key)
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def get_all(self, key: str) -> list[str]:
        """Every value of `key` (an empty list when absent)."""
        return list(_query().get(key, []))

    def clear(self) -> None:
        """Remove every query parameter (the reserved embed options stay)."""
        query = _query()
        for key in [k for k in query if k not in RESERVED]:
            del query[key]
        _sync()

    def to_dict(self) -> dict[str, str]:
        """Each key with its last value."""
        return {key: values[-1] for key, values in _query().items() if values}

    def from_dict(self, params: dict[str, Any]) -> None:
        """Replace every query parameter with `params` (values: strings or lists of them)."""
        for key in params:
            _check_key(key)
        query = _query()
        kept = {k: v for k, v in query.items() if k in RESERVED}
        query.clear()
        query.update(kept)
        query.update({key: _as_values(key, value) for key, value in params.items()})
        _sync()

    def __repr__(self) -> str:
        try:
            return repr(self.to_dict())
        except Exception:
            return "QueryParamsProxy(<no session>)"


def _check_key(key: str) -> None:
    if key in RESERVED:
        raise RillAPIError(f"Query param {key} cannot be set using st.query_params.")


def _as_values(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        raise RillAPIError(f"You cannot set a query params key `{key}` to a dictionary.")
    if isinstance(value, Iterable):
        return [str(item) for item in value]
    return [str(value)]


query_params = QueryParamsProxy()
