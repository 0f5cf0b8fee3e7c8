"""Websocket routes under /ws/. Each app that speaks websockets adds its `websocket_urlpatterns`
here (the collaboration groups' live discussion is the first)."""

websocket_urlpatterns: list = []
