"""Live class sessions: a small web server on the teacher's laptop, reached from phones.

Nothing here runs, and no socket opens, unless a session is started
(tests/test_no_network.py). Nothing here imports Qt (the Qt side is
`views/classroom/session.py`).

The shared server core (also used by the phone remote, issue #16):

- `access.Access` names who may call a route (PUBLIC, STUDENT, REMOTE);
  `access.TokenRing` holds one random token per kind and checks them in
  constant time.
- `server.Route(method, path, access, handler)` is one entry of the fixed
  route table; a page route carries the token in its path as `{token}`,
  an API call in the `X-Agora-Token` header, and the device's own random
  id in `X-Agora-Device`.
- `server.SessionServer(routes, tokens, address=..., port=0, limits=...)`
  binds one interface on `start()` (errors raised on the caller's thread),
  runs aiohttp on its own thread and asyncio loop, and ends on `stop()`.
  It checks the Host header, rate limits per address and device, body
  size, the token, connection counts and idle connections, and sets the
  hardening headers on every response (see `server` for the order).
- `server.read_json(request, {key: Field(...)})` reads a strictly checked
  JSON body; `server.device_of(request)` the device id; `server.error`
  makes a 4xx with a JSON reason.
- `server.Channel` is a versioned snapshot published from any thread
  (the Qt side) and long-polled by pages (`await channel.wait(since, t)`).
- `limits.Limits` holds every number; `network.lan_address()` the default
  interface, `network.candidate_addresses()` the ones to offer.

Handlers that receive something for the UI hand it to a QObject bridge
whose signals are emitted on the server thread and delivered queued on the
GUI thread, so neither side ever waits for the other.
"""
