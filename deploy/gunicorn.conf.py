"""gunicorn for the portal's HTTP traffic (everything except /ws/), behind nginx.

    .venv/bin/gunicorn -c deploy/gunicorn.conf.py

Read from the environment (defaults in brackets):
    GUNICORN_BIND      address nginx proxies to [127.0.0.1:8000]; also unix:/run/ndk/web.sock
    GUNICORN_WORKERS   worker processes [2 x CPU cores + 1]
    GUNICORN_THREADS   threads per worker [1: sync workers]
    GUNICORN_TIMEOUT   seconds a request may take before its worker is replaced [30]
    GUNICORN_CONTROL_SOCKET  path of gunicorn's control socket [none]
    FORWARDED_ALLOW_IPS  (gunicorn's own) addresses whose X-Forwarded-* it believes [loopback]
"""

import multiprocessing
import os

# These files describe production; a forgotten variable should fail loudly with the
# production settings' message rather than start the development set-up.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

wsgi_app = "portal.wsgi:application"
bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]

# Sync workers: nginx buffers request and response bodies, so a slow client never holds a
# worker, and every request gets a process of its own (the portal is CPU- and database-bound).
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"

# A request running longer than this is stuck (the slowest pages take well under a second);
# nginx's proxy_read_timeout (deploy/nginx/portal.conf) is a little longer, so the visitor
# gets nginx's 502 page as soon as gunicorn has replaced the worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Only threaded workers keep connections open; nginx opens one per request anyway.
keepalive = 5
# Restarts each worker now and then, so that slow growth in memory never adds up.
max_requests = 2000
max_requests_jitter = 200

# The heartbeat file lives in memory: on a slow or full disk a worker would otherwise be
# taken for stuck and killed.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Since gunicorn 25.1 every instance opens a control socket under ~/.gunicorn by default; two
# instances on one machine (web and a benchmark, two sites) would fight over that one path.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True

proc_name = "ndk-web"

# Logs go to stderr (journald or the container log). No client address here: nginx logs it
# once; the request id links the two lines ("-" when the request did not come through nginx).
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(t)s %({x-request-id}i)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
