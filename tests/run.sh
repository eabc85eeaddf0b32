#!/usr/bin/env bash
# The whole test suite: unit and integration tests, then the official SDK's conformance suite
# against the real binary. Run from anywhere; ../shared must sit beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
# The venv comes first: the cargo tests run the official SDKs from it (tests/sdk_messages.rs the
# Python SDK, tests/mcp.rs the MCP SDK's server).
if [ ! -x .venv-conformance/bin/pytest ]; then
    python3 -m venv .venv-conformance
fi
.venv-conformance/bin/pip install --quiet -r ../shared/conformance/requirements.txt -r tests/mcp_server/requirements.txt
cargo build --release --locked
cargo test --release --locked
ANT_BIN=target/release/ant .venv-conformance/bin/pytest ../shared/conformance -q
# The official SDK's own self-hosted worker against our work queue.
ANT_BIN=target/release/ant .venv-conformance/bin/pytest tests/sdk_worker -q
