#!/usr/bin/env python3
"""The shared scripted model (../../../shared/fake-model/fake_model.py) with what the general API
needs besides: Anthropic's POST /v1/messages/count_tokens (a made-up but fixed count),
GET /v1/models in the caller's shape (Anthropic's, paged by after_id and limit, when the request
carries anthropic-version; OpenAI's otherwise), and Anthropic's GET /v1/models/{id}.

Usage: fake_endpoint.py [--port N] [--log FILE]; prints "listening on http://127.0.0.1:PORT".
"""
import argparse
import importlib.util
import json
import sys
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SHARED = Path(__file__).resolve().parents[3] / "shared" / "fake-model" / "fake_model.py"
spec = importlib.util.spec_from_file_location("fake_model", SHARED)
fake_model = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fake_model)

MODELS = [("fake-model", "Fake Model", "2026-02-01T00:00:00Z", 1769904000),
          ("fake-model-mini", "Fake Model Mini", "2026-01-01T00:00:00Z", 1767225600)]


def count(body):
    """Three tokens for a system prompt, seven per message, one per tool."""
    return 3 * bool(body.get("system")) + 7 * len(body.get("messages", [])) + len(body.get("tools", []))


class Handler(fake_model.Handler):
    def do_GET(self):
        url = urlsplit(self.path)
        one = [m for m in MODELS if url.path == "/v1/models/" + m[0]]
        if one:
            id, name, at, _ = one[0]
            return self._json(200, {"type": "model", "id": id, "display_name": name, "created_at": at})
        if url.path != "/v1/models":
            return super().do_GET()
        if "anthropic-version" not in self.headers:
            return self._json(200, {"object": "list", "data": [
                {"id": id, "object": "model", "created": created, "owned_by": "fake"}
                for id, _, _, created in MODELS]})
        query = parse_qs(url.query)
        limit = int(query.get("limit", ["20"])[0])
        ids = [m[0] for m in MODELS]
        start = ids.index(query["after_id"][0]) + 1 if "after_id" in query else 0
        page = MODELS[start:start + limit]
        data = [{"type": "model", "id": id, "display_name": name, "created_at": at}
                for id, name, at, _ in page]
        self._json(200, {"data": data, "has_more": start + limit < len(MODELS),
                         "first_id": data[0]["id"] if data else None,
                         "last_id": data[-1]["id"] if data else None})

    def do_POST(self):
        if urlsplit(self.path).path != "/v1/messages/count_tokens":
            return super().do_POST()
        length = int(self.headers.get("content-length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        self._json(200, {"input_tokens": count(body)})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--log", default=None)
    args = ap.parse_args()
    Handler.log_file = args.log
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
