"""A small static server for site/ on 127.0.0.1 that gzips text, as a real host would.

`python -m http.server` sends everything uncompressed, which makes Lighthouse's mobile
performance figures worse than any real hosting. Missing files get 404.html, like a static host.
"""
from __future__ import annotations

import argparse
import gzip
import http.server
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


@lru_cache(maxsize=512)
def _gzipped(path: Path, mtime_ns: int) -> bytes:
    # mtime=0 keeps the compressed bytes identical from one run to the next.
    return gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)


class GzipHandler(http.server.BaseHTTPRequestHandler):
    root: Path
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def _resolve(self) -> Path | None:
        relative = unquote(urlsplit(self.path).path).lstrip("/")
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root):
            return None
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def _respond(self, send_body: bool) -> None:
        path = self._resolve()
        status = 200
        if path is None:
            status, path = 404, self.root / "404.html"
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = path.read_bytes() if path.is_file() else b"not found"
        compress = kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
        if compress:
            body = _gzipped(path, path.stat().st_mtime_ns)
        self.send_response(status)
        self.send_header("Content-Type", f"{kind}; charset=utf-8" if kind.startswith("text/") else kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@contextmanager
def serve_gzipped(root: Path, port: int = 0) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 for the duration of the block; yields the base URL."""
    handler = type("SiteHandler", (GzipHandler,), {"root": root.resolve()})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    with serve_gzipped(args.root, args.port) as url:
        print(f"serving {args.root} gzipped on {url}/ (Ctrl-C to stop)")
        threading.Event().wait()


if __name__ == "__main__":
    main()
