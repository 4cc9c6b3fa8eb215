#!/usr/bin/env python3
"""A loopback HTTP server for the URL-fetching tests: prints its port, then serves
/page (an article), /redirect/N (a chain of N redirects ending at /page), /big (2 MiB),
/slow (answers after 5 s), /to-private (a redirect to 10.0.0.1), and two gzip bodies:
/gzip-page (the article, a few hundred bytes) and /gzip-bomb (256 MiB of spaces in about 256 KiB).
Exits when stdin closes."""
import gzip, http.server, socketserver, sys, threading, time, zlib

ARTICLE = (b"<html><head><title>Loopback story</title></head><body><article><h1>Loopback story headline</h1>"
           b"<p>This page was served by the test server on the loopback interface for the fetch tests.</p>"
           b"<p>It has two paragraphs so that the reader finds an article in it without any doubt.</p></article></body></html>")

def bomb():
    """256 MiB of spaces as one gzip member, built a MiB at a time."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    mib = b" " * (1 << 20)
    return b"".join([z.compress(b"<html><body><p>")] + [z.compress(mib) for _ in range(256)] + [z.flush()])

BOMB = []

class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args): pass

    def send(self, code, body=b"", headers=()):
        self.send_response(code)
        for k, v in headers: self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        if p == "/page": self.send(200, ARTICLE, [("Content-Type", "text/html; charset=utf-8")])
        elif p.startswith("/redirect/"):
            n = int(p.rsplit("/", 1)[1])
            self.send(302, headers=[("Location", "/page" if n <= 1 else f"/redirect/{n - 1}")])
        elif p == "/big": self.send(200, b"<p>" + b"x" * (2 << 20) + b"</p>", [("Content-Type", "text/html")])
        elif p == "/slow":
            time.sleep(5); self.send(200, ARTICLE, [("Content-Type", "text/html")])
        elif p == "/to-private": self.send(302, headers=[("Location", "http://10.0.0.1/page")])
        elif p == "/gzip-page": self.send(200, gzip.compress(ARTICLE), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        elif p == "/gzip-bomb":
            if not BOMB: BOMB.append(bomb())
            self.send(200, BOMB[0], [("Content-Type", "text/html"), ("Content-Encoding", "gzip")])
        else: self.send(404, b"not found")

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

srv = Server(("127.0.0.1", 0), Handler)
print(srv.server_address[1], flush=True)
threading.Thread(target=srv.serve_forever, daemon=True).start()
sys.stdin.read()
