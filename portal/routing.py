"""Websocket routes under /ws/. Each app that speaks websockets adds its `websocket_urlpatterns`
here (the collaboration groups' live discussion is the first)."""

from channels.generic.websocket import WebsocketConsumer
from django.urls import re_path


class RefuseUnknownPath(WebsocketConsumer):
    """Closes a handshake for a path no app serves: the server answers 403 instead of raising
    (channels' URLRouter raises when nothing matches, which logged a traceback per probe)."""

    def connect(self):
        self.close()


websocket_urlpatterns: list = [
    # Last, after the apps' routes.
    re_path(r"", RefuseUnknownPath.as_asgi()),
]
