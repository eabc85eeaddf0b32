#!/usr/bin/env python3
"""An MCP server for the tests of the local runner's MCP client, built on the official Python SDK
(`mcp` on PyPI: FastMCP, called MCPServer since mcp 2) and served over streamable HTTP at /mcp, or
over the older HTTP+SSE transport at /sse with --sse.

Tools:
  search_docs(query)  text: "results for QUERY: intro.md, setup.md"
  whoami()            needs "Authorization: Bearer TOKEN" (--token); an error result otherwise
  picture()           a text block and a 1x1 PNG image block
  broken()            an error result (is_error) raised by the tool
  slow(seconds)       sleeps, then answers "slept" (a cancelled call is logged as {"cancelled": "slow"})

--token TOKEN        the bearer token whoami accepts (and, with --require-token, every request)
--require-token      answer 401 (WWW-Authenticate: Bearer) to any MCP request without that token
--issue TOKEN        POST /token (a refresh_token grant) hands out TOKEN, which is then accepted too
--refresh-token R    the refresh token /token accepts
--log FILE           one JSON line per tool call ({"tool", "authorization"}) and per token request

Prints "listening on http://127.0.0.1:PORT" once it accepts connections (--port 0 picks a port).
"""
import argparse
import asyncio
import base64
import json
import logging
import socket
import sys
import threading

try:
    from mcp.server.mcpserver import MCPServer as FastMCP
    from mcp.server.mcpserver.exceptions import ToolError
    from mcp.server.mcpserver.utilities.types import Image
    from mcp.server.mcpserver import Context
except ImportError:  # mcp 1.x
    from mcp.server.fastmcp import FastMCP, Context
    from mcp.server.fastmcp.exceptions import ToolError
    from mcp.server.fastmcp.utilities.types import Image
import uvicorn
from starlette.requests import Request
from starlette.responses import JSONResponse

# A 1x1 transparent PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

ARGS = None
LOCK = threading.Lock()
ACCEPTED = set()


def log(entry):
    if ARGS.log:
        with LOCK, open(ARGS.log, "a") as f:
            f.write(json.dumps(entry) + "\n")


def authorization(ctx):
    headers = ctx.headers if hasattr(ctx, "headers") else ctx.request_context.request.headers
    return (headers or {}).get("authorization")


mcp = FastMCP("docs")


@mcp.tool()
def search_docs(query: str, ctx: Context) -> str:
    """Search the documentation."""
    log({"tool": "search_docs", "authorization": authorization(ctx)})
    return "results for %s: intro.md, setup.md" % query


@mcp.tool()
def whoami(ctx: Context) -> str:
    """Say whose token the call carries; needs the bearer token."""
    given = authorization(ctx)
    log({"tool": "whoami", "authorization": given})
    if given is None or given.removeprefix("Bearer ") not in ACCEPTED:
        raise ToolError("no valid bearer token")
    return "authorized"


@mcp.tool()
def picture(ctx: Context) -> list:
    """A small picture."""
    log({"tool": "picture", "authorization": authorization(ctx)})
    return ["a picture:", Image(data=PNG, format="png")]


@mcp.tool()
def broken(ctx: Context) -> str:
    """Always fails."""
    log({"tool": "broken", "authorization": authorization(ctx)})
    raise ToolError("the tool failed on purpose")


@mcp.tool()
async def slow(seconds: float, ctx: Context) -> str:
    """Sleep for a while."""
    log({"tool": "slow", "authorization": authorization(ctx)})
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        log({"cancelled": "slow"})
        raise
    return "slept"


@mcp.custom_route("/token", methods=["POST"])
async def token(request: Request):
    form = await request.form()
    log({"token_request": dict(form), "authorization": request.headers.get("authorization")})
    if form.get("grant_type") != "refresh_token" or form.get("refresh_token") != ARGS.refresh_token:
        return JSONResponse({"error": "invalid_grant"}, status_code=400)
    return JSONResponse({"access_token": ARGS.issue, "token_type": "Bearer", "expires_in": 3600,
                         "refresh_token": ARGS.refresh_token + "-next"})


def require_token(app):
    """ASGI middleware: MCP requests without an accepted bearer token get a 401 challenge."""
    async def guarded(scope, receive, send):
        if scope["type"] == "http" and scope["path"] != "/token":
            headers = dict(scope["headers"])
            given = headers.get(b"authorization", b"").decode()
            if given.removeprefix("Bearer ") not in ACCEPTED:
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"www-authenticate", b'Bearer realm="docs"'),
                                        (b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": b'{"error": "invalid_token"}'})
                return
        await app(scope, receive, send)
    return guarded


def main():
    global ARGS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--token")
    ap.add_argument("--require-token", action="store_true")
    ap.add_argument("--issue")
    ap.add_argument("--refresh-token")
    ap.add_argument("--log")
    ap.add_argument("--sse", action="store_true")
    ARGS = ap.parse_args()
    ACCEPTED.update(t for t in (ARGS.token, ARGS.issue) if t)
    logging.getLogger("mcp").setLevel(logging.WARNING)
    app = mcp.sse_app() if ARGS.sse else mcp.streamable_http_app()
    if ARGS.require_token:
        app = require_token(app)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", ARGS.port))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))

    async def serve():
        task = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            await asyncio.sleep(0.01)
        print("listening on http://127.0.0.1:%d" % sock.getsockname()[1], flush=True)
        await task

    asyncio.run(serve())


if __name__ == "__main__":
    sys.exit(main())
