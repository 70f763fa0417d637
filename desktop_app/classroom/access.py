"""Who may call a route: the token kinds of a session and their constant-time check.

Every session has one random token per kind. A route declares the one kind
it accepts (or `Access.PUBLIC`); a token of another kind never opens it, so a
student's token can never drive the show. Tokens are compared with
`hmac.compare_digest`, so the time a refusal takes says nothing about how
much of a guess was right.
"""

from __future__ import annotations

import enum
import hmac
import re
import secrets
from collections.abc import Mapping

#: Length in bytes of the randomness behind a token (32 URL-safe characters).
TOKEN_BYTES = 24

#: A device id is made by the page (random, kept in localStorage) and sent on every call.
DEVICE_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


class Access(enum.Enum):
    """The credential a route asks for."""

    #: No token: only the pages that hold no data (e.g. "enter the code").
    PUBLIC = "public"
    #: The student token from the join URL / QR code shown to the room.
    STUDENT = "student"
    #: The teacher's remote (issue #16): a token only the console shows.
    REMOTE = "remote"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class TokenRing:
    """The tokens of one session, one per access kind.

    Tokens may be given (a restarted session of the same deck reuses its
    persisted student token so phones reconnect) or are drawn fresh.
    """

    def __init__(self, tokens: Mapping[Access, str] | None = None) -> None:
        self._tokens: dict[Access, str] = {}
        for kind, token in (tokens or {}).items():
            if kind is Access.PUBLIC:
                raise ValueError("the public access has no token")
            self._tokens[kind] = token

    def token(self, kind: Access) -> str:
        """The token of `kind`, drawn on first use."""
        if kind is Access.PUBLIC:
            raise ValueError("the public access has no token")
        return self._tokens.setdefault(kind, new_token())

    def issued(self) -> dict[Access, str]:
        """Every token drawn or given so far, by kind."""
        return dict(self._tokens)

    def allows(self, kind: Access, presented: str) -> bool:
        """Whether `presented` opens a route of `kind` (always, for a public route)."""
        if kind is Access.PUBLIC:
            return True
        expected = self._tokens.get(kind)
        if expected is None:
            return False
        return hmac.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))
