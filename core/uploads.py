"""The cap on request bodies, checked before a byte of the body is read.

Django limits only the non-file part of a request (DATA_UPLOAD_MAX_MEMORY_SIZE); file parts
are streamed to memory or a temporary file whatever their size. This upload handler runs
first and refuses a multipart body whose declared length exceeds MAX_REQUEST_BODY_SIZE, the
same limit as the proxy's client_max_body_size (deploy/nginx/portal.conf), so that the
portal behaves alike behind the proxy and without it. The length cannot understate the body:
Django reads no more than Content-Length bytes.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler


class RequestBodyLimit(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length > settings.MAX_REQUEST_BODY_SIZE:
            # A SuspiciousOperation: Django answers 400, as for an oversized form.
            raise RequestDataTooBig(
                "Request body exceeded settings.MAX_REQUEST_BODY_SIZE before it was read."
            )

    def receive_data_chunk(self, raw_data, start):
        return raw_data  # the next handler stores the file

    def file_complete(self, file_size):
        return None  # the next handler makes the file
