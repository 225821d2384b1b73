"""A local test HTTP server that never prints to stderr.

The URL tests hang up on purpose (timeouts, size caps while streaming): the server thread
then fails to write, and ``socketserver`` would print that traceback to ``sys.stderr``,
which ``capsys`` captures as if the CLI had written it. Under load that made the
one-line-per-failure assertions flaky.
"""

from __future__ import annotations

from http.server import ThreadingHTTPServer
from typing import Any


class QuietHTTPServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up mid-response is what these tests do on purpose."""
