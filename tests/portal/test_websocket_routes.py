import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator

from portal.asgi import application


async def _handshake(path: str) -> bool:
    communicator = WebsocketCommunicator(
        application, path, headers=[(b"host", b"127.0.0.1"), (b"origin", b"http://127.0.0.1")]
    )
    connected, _code = await communicator.connect()
    await communicator.disconnect()
    return connected


# The auth middleware may read a session in a worker thread: the database must be open to it.
# (Not a transactional test: its flush would empty the tables the migrations filled.)
@pytest.mark.django_db
def test_a_websocket_path_no_app_serves_is_refused_without_an_error():
    # Before the catch-all route, channels raised ValueError ("No route found") here.
    assert async_to_sync(_handshake)("/ws/unbekannt/") is False
