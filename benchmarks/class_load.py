"""The simulated classroom: N phones join a session and answer, from a separate process.

`python -m benchmarks.class_load URL N SPREAD` starts N students at random
moments over SPREAD seconds. Each joins (the reply carries the question), keeps a long
poll open as the page does, and answers once; the round trip of the answer
(sent → acknowledged, i.e. committed to disk) is its latency. Prints one
JSON line: every latency in ms, the wall-clock time of the last
acknowledgement, and how many answers were acknowledged. Loopback only: the
URL must be on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import sys
import time
from urllib.parse import urlsplit

import aiohttp

VOTES = ("for", "against", "undecided")


async def student(
    http: aiohttp.ClientSession, base: str, token: str, delay: float, out: dict[str, list[float]]
) -> None:
    await asyncio.sleep(delay)
    headers = {"X-Agora-Token": token, "X-Agora-Device": secrets.token_urlsafe(16)}
    async with http.post(f"{base}/api/join", json={}, headers=headers) as reply:
        reply.raise_for_status()
        version = reply.headers["X-Agora-Version"]
        question = (await reply.json())["question"]
    # The page keeps a long poll open while the student thinks.
    poll = asyncio.ensure_future(http.get(f"{base}/api/state?since={version}", headers=headers))
    body = {"question": question["key"], "value": random.choice(VOTES)}
    sent = time.perf_counter()
    async with http.post(f"{base}/api/answer", json=body, headers=headers) as reply:
        ok = reply.status == 200
        await reply.read()
    done = time.perf_counter()
    if ok:
        out["latency"].append((done - sent) * 1000)
        out["acked"].append(time.time())
    else:
        out["refused"].append(float(reply.status))
    poll.cancel()


async def main(url: str, count: int, spread: float) -> dict[str, object]:
    parts = urlsplit(url)
    if parts.hostname != "127.0.0.1":
        raise SystemExit("the class benchmark runs over loopback only")
    base = f"{parts.scheme}://{parts.netloc}"
    token = parts.path.strip("/").split("/")[1]
    out: dict[str, list[float]] = {"latency": [], "acked": [], "refused": []}
    connector = aiohttp.TCPConnector(limit=0, force_close=False)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        delays = sorted(random.uniform(0, spread) for _ in range(count))
        await asyncio.gather(
            *(student(http, base, token, d, out) for d in delays), return_exceptions=True
        )
    return {
        "latency_ms": out["latency"],
        "acked": len(out["acked"]),
        "refused": len(out["refused"]),
        "last_ack": max(out["acked"], default=0.0),
    }


if __name__ == "__main__":
    result = asyncio.run(main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3])))
    print(json.dumps(result))
