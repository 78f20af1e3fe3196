"""Drive concurrent clients against `motebok serve` on the national data set (`bench/national.py`).

    .venv/bin/python bench/load.py --clients 50 --seconds 300            # no pause: throughput
    .venv/bin/python bench/load.py --clients 50 --seconds 300 --pause 1  # 1 s between requests: latency
    .venv/bin/python bench/load.py --pages front,body,meeting,case       # only the four page kinds

Starts `motebok serve` on a free loopback port against the database of MOTEBOK_DATA_DIR or DATABASE_URL, with
MOTEBOK_WORKERS gunicorn workers, and stops it at the end. Each client is an asyncio task that asks one request
at a time over its own connection, anonymous or (every third client) logged in as a member from
`bench/national.py`. Prints requests/s, p50/p95 per kind of page, server errors, connection errors, and the
server's memory (all its processes) before, right after the run and after `--idle` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

KINDS = ("front", "body", "meeting", "case", "search", "feed", "calendar", "pdf")
WORDS = ["budsjett", "helse", "barnevern", "samarbeid", "revisjonsutvalg", "bærekr", "legevakt", "klima"]


def _targets(members: int) -> tuple[dict, list[str]]:
    """URLs of each kind from the database, and session cookies of logged-in members."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motebok.settings")
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    from motebok.meetings.models import Case, Meeting
    from motebok.registry.models import Body

    bodies = list(Body.objects.filter(is_public=True).values_list("slug", flat=True)[:400])
    meetings = list(
        Meeting.objects.filter(is_published=True).order_by("?").values_list("pk", flat=True)[:2000]
    )
    cases = list(Case.objects.filter(access="open").order_by("?").values_list("pk", flat=True)[:2000])
    urls = {
        "front": ["/"],
        "body": [f"/organ/{slug}/" for slug in bodies],
        "meeting": [f"/mote/{pk}/" for pk in meetings],
        "case": [f"/sak/{pk}/" for pk in cases],
        "search": [f"/sok/?q={quote(word)}" for word in WORDS],
        "feed": [f"/organ/{slug}/protokoller.atom" for slug in bodies],
        "calendar": [f"/innkalling/kalender/offentlig/{slug}.ics" for slug in bodies],
        "pdf": [f"/innkalling/mote/{pk}/saksliste.pdf" for pk in meetings],
    }
    cookies = []
    for user in get_user_model().objects.filter(username__startswith="medlem").order_by("pk")[:members]:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(f"sessionid={session.session_key}")
    return urls, cookies


async def _get(port: int, path: str, cookie: str | None) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        headers = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if cookie:
            headers += f"Cookie: {cookie}\r\n"
        writer.write((headers + "\r\n").encode())
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()  # the rest, until the server closes
        return int(status_line.split()[1])
    finally:
        writer.close()


async def _client(n, port, urls, kinds, cookie, pause, until, timings, errors) -> None:
    rng = random.Random(n)
    while time.monotonic() < until:
        kind = rng.choice(kinds)
        path = rng.choice(urls[kind])
        started = time.perf_counter()
        try:
            status = await asyncio.wait_for(_get(port, path, cookie), timeout=60)
        except (TimeoutError, OSError, IndexError, ValueError):
            errors["connection"] += 1
        else:
            timings[kind].append(time.perf_counter() - started)
            if status >= 500:
                errors["5xx"] += 1
            elif status >= 400:
                errors[f"{status}"] += 1
        if pause:
            await asyncio.sleep(pause)


def _memory_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total, pids = 0, [pid]
    while pids:
        current = pids.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS")))
        pids += [int(child) for child in children]
    return total / 1024


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument("--seconds", type=float, default=300, help="how long to drive them")
    parser.add_argument("--pause", type=float, default=0, help="seconds each client waits between requests")
    parser.add_argument(
        "--idle", type=float, default=60, help="seconds to wait before measuring memory again"
    )
    parser.add_argument(
        "--pages", default=",".join(KINDS), help=f"kinds of page to ask for, of {','.join(KINDS)}"
    )
    args = parser.parse_args()
    kinds = args.pages.split(",")
    urls, cookies = _targets(members=max(1, args.clients // 3))

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "MOTEBOK_BIND": f"127.0.0.1:{port}",
        "MOTEBOK_SITE_URL": "https://motebok.example.no",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "motebok.cli", "serve"], env=env, stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(300):
            try:
                if asyncio.run(_get(port, "/helse/", None)) == 200:
                    break
            except OSError:
                time.sleep(0.2)
        before = _memory_mb(server.pid)
        timings: dict[str, list[float]] = defaultdict(list)
        errors: dict[str, int] = defaultdict(int)

        async def drive() -> None:
            until = time.monotonic() + args.seconds
            await asyncio.gather(
                *(
                    _client(
                        n,
                        port,
                        urls,
                        kinds,
                        cookies[n // 3 % len(cookies)] if n % 3 == 2 else None,
                        args.pause,
                        until,
                        timings,
                        errors,
                    )  # fmt: skip
                    for n in range(args.clients)
                )
            )

        started = time.monotonic()
        asyncio.run(drive())
        elapsed = time.monotonic() - started
        after = _memory_mb(server.pid)
        time.sleep(args.idle)
        idle = _memory_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=60)

    every = [t for kind in timings.values() for t in kind]
    print(
        f"{args.clients} clients, {args.seconds:.0f} s, pause {args.pause} s, workers {os.environ.get('MOTEBOK_WORKERS', '2')}"
    )
    print(f"  {'kind':10} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8}")
    for kind in kinds:
        if timings[kind]:
            print(f"  {kind:10} {len(timings[kind]):>9} {statistics.median(timings[kind]) * 1000:>8.0f} "
                  f"{_percentile(timings[kind], 0.95) * 1000:>8.0f}")  # fmt: skip
    if every:
        print(f"  all        {len(every):>9} {statistics.median(every) * 1000:>8.0f} {_percentile(every, 0.95) * 1000:>8.0f}"
              f"   {len(every) / elapsed:.1f} requests/s")  # fmt: skip
    print(f"  errors: {dict(errors) or 'none'}")
    print(
        f"  server memory: {before:.0f} MB before, {after:.0f} MB after the run, {idle:.0f} MB after {args.idle:.0f} s idle"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
