#!/usr/bin/env bash
# The whole test suite: unit and integration tests, then the official SDK's conformance suite
# against the real binary. Run from anywhere; ../shared must sit beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked
# Before the cargo tests: tests/sdk_messages.rs runs the official SDK from it.
if [ ! -x .venv-conformance/bin/pytest ]; then
    python3 -m venv .venv-conformance
    .venv-conformance/bin/pip install --quiet -r ../shared/conformance/requirements.txt
fi
cargo test --release --locked
ANT_BIN=target/release/ant .venv-conformance/bin/pytest ../shared/conformance -q
# The official SDK's own self-hosted worker against our work queue.
ANT_BIN=target/release/ant .venv-conformance/bin/pytest tests/sdk_worker -q
