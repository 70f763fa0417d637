"""Which address the session listens on, and which Host headers it answers.

Only called when a session starts: before that Agora opens no socket at all
(tests/test_no_network.py).
"""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"


def lan_address() -> str:
    """The address this machine uses towards the local network, or loopback if it has none.

    Connecting a UDP socket sends nothing; it only asks the kernel which
    interface would carry traffic to a private address, which is the one
    phones on the same Wi-Fi can reach.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.254.254.254", 9))
        address = str(probe.getsockname()[0])
    except OSError:
        return LOOPBACK
    finally:
        probe.close()
    return address if address != "0.0.0.0" else LOOPBACK


def candidate_addresses() -> list[str]:
    """Addresses the console offers: the LAN address first, the others, loopback last."""
    found = [lan_address()]
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and not ipaddress.ip_address(address).is_loopback:
            found.append(address)
    if LOOPBACK not in found:
        found.append(LOOPBACK)
    return found


def allowed_hosts(address: str, port: int) -> frozenset[str]:
    """Host header values a genuine request carries; anything else is DNS rebinding or a mistake.

    A page served from an attacker's name that resolves to this machine sends
    its own name in Host, so it is refused even though it reached our socket.
    """
    hosts = {f"{address}:{port}"}
    if port == 80:
        hosts.add(address)
    if ipaddress.ip_address(address).is_loopback:
        hosts.add(f"localhost:{port}")
    return frozenset(hosts)
