"""A Redis cache that keeps the portal answering while Redis cannot be reached.

Without it, an unreachable Redis turns every page into a 500 once the connection attempts
time out. Here every operation that fails to reach Redis is logged and answered by a
stand-in instead, and Redis is asked again only after `RETRY_AFTER` seconds, so that an
outage costs the requests in between nothing:

- the cache itself falls back to memory of the process, so that what allauth keeps in the
  cache still works, per process: login rate limits keep limiting, and a TOTP code still
  cannot be used twice;
- `shared_only`, the same cache without that fallback, finds and stores nothing while Redis
  is away. The page cache uses it: a purge in one process could not reach pages that another
  process kept in its own memory.

When Redis answers again, `reconnected` is sent, so that users of `shared_only` can make up
for what they could not write (the page cache makes every stored page stale).
"""

import contextlib
import logging
import time

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.dispatch import Signal
from django_redis.cache import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Sent with the ResilientRedisCache as sender when Redis answers again after failing.
reconnected = Signal()

DEFAULT_RETRY_AFTER = 10
# The process-memory stand-in holds rate-limit counts and the like, not pages.
FALLBACK_MAX_ENTRIES = 5000
# Errors that mean "Redis cannot answer now": refused or dropped connections, timeouts, and
# answers such as running out of memory.
UNREACHABLE = (RedisError, OSError)


class _Health:
    """Whether Redis failed lately; shared by a cache and its `shared_only` view."""

    def __init__(self, cache: "ResilientRedisCache", retry_after: float):
        self.cache = cache
        self.retry_after = retry_after
        self.down_until = 0.0
        self.failed_before = False

    def worth_trying(self) -> bool:
        return time.monotonic() >= self.down_until

    def failed(self, error: Exception) -> None:
        logger.warning(
            "Redis cannot be reached (%s: %s); the cache answers without it for %s s.",
            type(error).__name__,
            error,
            self.retry_after,
        )
        self.down_until = time.monotonic() + self.retry_after
        self.failed_before = True

    def answered(self) -> None:
        if self.failed_before:
            self.failed_before = False
            logger.warning("Redis answers again; the cache uses it again.")
            reconnected.send(sender=self.cache)


def _delegated(name: str):
    def operation(self, *args, **kwargs):
        return self._call(name, *args, **kwargs)

    operation.__name__ = name
    return operation


class _Degrading(BaseCache):
    """Runs each cache operation on Redis while it answers, else on the stand-in."""

    def __init__(self, primary: BaseCache, stand_in: BaseCache, health: _Health, params: dict):
        super().__init__(params)
        self._primary = primary
        self._stand_in = stand_in
        self._health = health

    def _call(self, name: str, *args, **kwargs):
        if self._health.worth_trying():
            try:
                result = getattr(self._primary, name)(*args, **kwargs)
            except UNREACHABLE as error:
                self._health.failed(error)
            else:
                self._health.answered()
                return result
        return getattr(self._stand_in, name)(*args, **kwargs)

    add = _delegated("add")
    get = _delegated("get")
    set = _delegated("set")
    touch = _delegated("touch")
    delete = _delegated("delete")
    get_many = _delegated("get_many")
    set_many = _delegated("set_many")
    delete_many = _delegated("delete_many")
    has_key = _delegated("has_key")
    incr = _delegated("incr")
    decr = _delegated("decr")
    clear = _delegated("clear")

    @property
    def reachable(self) -> bool:
        """False while Redis failed lately and operations go to the stand-in."""
        return self._health.worth_trying()

    def close(self, **kwargs):
        self._stand_in.close(**kwargs)
        # Nothing to close on a connection that never opened.
        with contextlib.suppress(*UNREACHABLE):
            self._primary.close(**kwargs)


class ResilientRedisCache(_Degrading):
    """django-redis with a fallback (see the module's description). `OPTIONS` are those of
    django-redis plus `RETRY_AFTER`: seconds before Redis is asked again after a failure."""

    def __init__(self, location: str, params: dict):
        options = dict(params.get("OPTIONS", {}))
        retry_after = options.pop("RETRY_AFTER", DEFAULT_RETRY_AFTER)
        primary = RedisCache(location, {**params, "OPTIONS": options})
        own = {key: value for key, value in params.items() if key != "OPTIONS"}
        memory = LocMemCache(
            f"redis-fallback:{location}",
            {**own, "OPTIONS": {"MAX_ENTRIES": FALLBACK_MAX_ENTRIES}},
        )
        health = _Health(self, retry_after)
        super().__init__(primary, memory, health, own)
        self.shared_only = _Degrading(primary, DummyCache(location, own), health, own)
