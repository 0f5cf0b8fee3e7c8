#!/bin/sh
# The ASGI server for the websockets under /ws/ only; nginx sends every other request to
# gunicorn, because Django's ASGI path costs several times the CPU per plain page.
#
#   deploy/daphne.sh
#
# Read from the environment (defaults in brackets):
#   DAPHNE_BIND   address [127.0.0.1]          DAPHNE_PORT  port [8001]
#   DAPHNE_UNIX_SOCKET  a unix socket instead of address and port (nginx: server unix:...)
#   DAPHNE        the daphne executable [.venv/bin/daphne of this checkout]
set -eu
cd "$(dirname "$0")/.."

# These files describe production; a forgotten variable should fail loudly with the
# production settings' message rather than start the development set-up.
: "${DJANGO_SETTINGS_MODULE:=portal.settings.production}"
export DJANGO_SETTINGS_MODULE

if [ -n "${DAPHNE_UNIX_SOCKET:-}" ]; then
  set -- -u "$DAPHNE_UNIX_SOCKET"
else
  set -- -b "${DAPHNE_BIND:-127.0.0.1}" -p "${DAPHNE_PORT:-8001}"
fi

# --proxy-headers: the client address comes from nginx's X-Forwarded-For, not nginx itself.
# Pings every 20 s keep idle sockets open through nginx's and any load balancer's idle
# timeouts and find dead clients; a connection may stay open for a day, then the page
# reconnects. The access log goes to stdout (journald or the container log).
exec "${DAPHNE:-.venv/bin/daphne}" "$@" \
  --proxy-headers \
  --ping-interval 20 --ping-timeout 30 \
  --websocket_timeout 86400 \
  --application-close-timeout 10 \
  --no-server-name \
  --access-log - \
  portal.asgi:application
