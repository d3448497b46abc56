"""Signed tokens: a value, what it is for, and until when, that only this app could have made.

HTTP routes prove that a request belongs to a session with a token the session handed out
(an upload URL, a media link, a login callback's state): `Signer.sign(session_id, "uploads")`
gives a string; `Signer.unsign(token, "uploads")` gives the session id back, or None when the
token was forged, altered, made for another purpose or has expired.

The key is `server.cookieSecret`. Unset, each process makes a random one and says once in the
log that several replicas behind one proxy need the same secret, since a token signed by one
replica must verify on the others.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable

log = logging.getLogger("rill.server")

#: Seconds a token is valid unless `sign` is told otherwise.
DEFAULT_TTL = 24 * 3600.0


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Signer:
    """Signs and checks tokens with one secret (HMAC-SHA256).

    Args:
        secret: The key; when None or empty a random one is made and logged about.
        clock: Returns the current time in seconds (tests pass a fake one).

    Example:
        >>> signer = Signer("a long random secret")
        >>> token = signer.sign("5f2c", "uploads")
        >>> signer.unsign(token, "uploads"), signer.unsign(token, "media")
        ('5f2c', None)
    """

    def __init__(self, secret: str | None, clock: Callable[[], float] = time.time) -> None:
        if not secret:
            secret = secrets.token_hex(32)
            log.info(
                "server.cookieSecret is not set: signing with a random secret made for this "
                "process; replicas behind one proxy need the same server.cookieSecret"
            )
        self.secret = secret
        self._key = hashlib.sha256(secret.encode("utf-8")).digest()
        self._clock = clock

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._key, payload, hashlib.sha256).digest()

    def sign(self, value: str, purpose: str, ttl: float = DEFAULT_TTL) -> str:
        """A token carrying `value` for `purpose`, valid for `ttl` seconds."""
        expires = int(self._clock() + ttl)
        payload = f"{purpose}\0{expires}\0{value}".encode()
        return f"{_b64(payload)}.{_b64(self._mac(payload))}"

    def unsign(self, token: str, purpose: str) -> str | None:
        """The value `token` carries, or None unless it is genuine, for `purpose` and current."""
        try:
            body, _, mac = token.partition(".")
            payload = _unb64(body)
            if not hmac.compare_digest(_unb64(mac), self._mac(payload)):
                return None
            made_for, expires, value = payload.decode("utf-8").split("\0", 2)
        except (ValueError, UnicodeDecodeError):
            return None
        if made_for != purpose or int(expires) < self._clock():
            return None
        return value
