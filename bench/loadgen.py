"""A small closed-loop HTTP load generator for the benchmarks.

Each of `concurrency` workers sends one request, waits for the whole answer and sends the
next, for `duration` seconds; every request opens its own connection, as gunicorn's sync
workers close them anyway. Written on asyncio streams so that the client needs far less CPU
than the server it measures (both share this machine).
"""

import asyncio
import statistics
import time
from dataclasses import dataclass, field


@dataclass
class LoadResult:
    path: str
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def p95(self) -> float:
        return self.percentile(0.95)


def _request_bytes(host: str, path: str, headers: dict[str, str]) -> bytes:
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _one_request(host: str, port: int, payload: bytes) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(payload)
        await writer.drain()
        status_line = await reader.readline()
        await reader.read()  # the rest of the answer, until the server closes
        return int(status_line.split()[1])
    finally:
        writer.close()


async def _worker(host, port, payload, deadline, result: LoadResult) -> None:
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            status = await _one_request(host, port, payload)
        except (OSError, IndexError, ValueError):
            result.errors += 1
            continue
        result.latencies_ms.append((time.perf_counter() - started) * 1000)
        result.statuses[status] = result.statuses.get(status, 0) + 1
        if status != 200:
            result.errors += 1


async def _run(host, port, path, concurrency, duration, headers) -> LoadResult:
    payload = _request_bytes(f"{host}:{port}", path, headers)
    result = LoadResult(path=path, seconds=duration)
    started = time.perf_counter()
    deadline = started + duration
    await asyncio.gather(
        *(_worker(host, port, payload, deadline, result) for _ in range(concurrency))
    )
    result.seconds = time.perf_counter() - started
    return result


def run_load(
    host: str,
    port: int,
    path: str,
    *,
    concurrency: int = 8,
    duration: float = 10.0,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    return asyncio.run(_run(host, port, path, concurrency, duration, headers or {}))
