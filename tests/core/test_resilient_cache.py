"""The Redis cache degrades instead of failing when Redis cannot be reached."""

import socket
import time
from unittest import mock

import pytest
from django_redis.cache import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError

from core.resilient_cache import ResilientRedisCache, reconnected

CLOSED_PORT = "redis://127.0.0.1:1/0"


def resilient(location=CLOSED_PORT, **options):
    options = {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2, **options}
    return ResilientRedisCache(location, {"OPTIONS": options})


@pytest.fixture
def silent_redis():
    """A port that accepts connections and never answers: Redis hanging, not gone."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=64)
    yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    listener.close()


def test_an_unreachable_redis_is_stood_in_for_by_process_memory(caplog):
    cache = resilient()
    cache.set("versuche", [1, 2, 3])
    assert cache.get("versuche") == [1, 2, 3]
    assert cache.add("sperre", True) is True
    assert cache.add("sperre", True) is False  # allauth's locks and TOTP replay keep working
    assert "Redis cannot be reached" in caplog.text


def test_the_shared_only_view_stores_and_finds_nothing_without_redis():
    cache = resilient()
    cache.shared_only.set("seite", "<html>")
    assert cache.shared_only.get("seite") is None
    assert cache.shared_only.get_many(["seite"]) == {}
    with pytest.raises(ValueError):
        cache.shared_only.incr("generation")


def test_after_one_failure_redis_is_left_alone_until_the_retry(silent_redis):
    cache = resilient(silent_redis, RETRY_AFTER=60)
    started = time.monotonic()
    cache.get("erster")  # waits for the socket timeout once
    first = time.monotonic() - started
    started = time.monotonic()
    for number in range(50):
        cache.set(f"schluessel-{number}", number)
        cache.shared_only.get(f"seite-{number}")
    rest = time.monotonic() - started
    assert first >= 0.2
    assert rest < 2  # asking Redis each time would take 100 × 0.2 s


def test_redis_answering_again_is_announced_once():
    cache = resilient(RETRY_AFTER=0)
    heard = []

    def listener(sender, **kwargs):
        heard.append(sender)

    reconnected.connect(listener, sender=cache)
    try:
        with mock.patch.object(RedisCache, "get", side_effect=RedisConnectionError("refused")):
            cache.get("a")
        with mock.patch.object(RedisCache, "get", return_value="wert"):
            assert cache.get("a") == "wert"
            assert cache.get("a") == "wert"
    finally:
        reconnected.disconnect(listener, sender=cache)
    assert heard == [cache]
