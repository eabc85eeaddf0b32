"""The official Python SDK's own self-hosted worker against `ant local serve`: it polls the local
work queue with an environment key, runs the session's tool calls in its own workdir, and the
session finishes. Run by tests/run.sh with the conformance virtualenv (ANT_BIN names the binary)."""
import asyncio
import os
import subprocess
import sys
from pathlib import Path

import anthropic

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from sdk_helpers import free_port, wait_for  # noqa: E402
FAKE_MODEL = ROOT.parent / "shared" / "fake-model" / "fake_model.py"
ANT = os.environ.get("ANT_BIN", str(ROOT / "target" / "release" / "ant"))
KEY = "sk-worker-test-server-key"


def test_the_sdk_worker_completes_a_session_in_its_own_workdir(tmp_path):
    tmp = tmp_path
    print("logs in", tmp)
    model_port, server_port = free_port(), free_port()
    model = subprocess.Popen([sys.executable, str(FAKE_MODEL), "--port", str(model_port)], stdout=subprocess.DEVNULL)
    wait_for(model_port, model)
    data = tmp / "data"
    server = subprocess.Popen([ANT, "local", "serve", "--addr", "127.0.0.1:%d" % server_port, "--data-dir", str(data),
                               "--api-key", KEY, "--model-url", "http://127.0.0.1:%d" % model_port],
                              stderr=open(tmp / "server.log", "w"))
    try:
        wait_for(server_port, server)
        base = "http://127.0.0.1:%d" % server_port
        client = anthropic.Anthropic(api_key=KEY, base_url=base, max_retries=0, timeout=30)
        env = client.beta.environments.create(name="workers", config={"type": "self_hosted"})
        agent = client.beta.agents.create(name="worker-files", model="claude-sonnet-4-6",
                                          system="test agent [scenario:files]",
                                          tools=[{"type": "agent_toolset_20260401"}])
        session = client.beta.sessions.create(agent=agent.id, environment_id=env.id)
        env_key = subprocess.check_output([ANT, "local", "environment-key", env.id, "--data-dir", str(data)],
                                          text=True).strip()
        assert env_key and KEY not in env_key

        refused = anthropic.Anthropic(auth_token="sk-ant-env-wrong", api_key=None, base_url=base, max_retries=0)
        try:
            refused.beta.environments.work.stats(environment_id=env.id)
            raise AssertionError("a wrong environment key was accepted")
        except anthropic.AuthenticationError:
            pass

        workdir = tmp / "workdir"
        workdir.mkdir()

        async def run():
            aclient = anthropic.AsyncAnthropic(api_key=KEY, base_url=base, max_retries=0, timeout=30)
            worker = aclient.beta.environments.work.worker(environment_id=env.id, environment_key=env_key,
                                                           workdir=str(workdir), max_idle=1.0)
            task = asyncio.create_task(worker.run())
            events = await asyncio.to_thread(turn, client, session.id)
            task.cancel()
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass
            return events

        events = asyncio.run(run())
        kinds = [e.type for e in events]
        assert kinds[-1] == "session.status_idle" and events[-1].stop_reason.type == "end_turn", kinds
        uses = [e for e in events if e.type == "agent.tool_use"]
        assert [u.name for u in uses] == ["write", "read", "edit", "bash", "glob", "grep"]
        results = [e for e in events if e.type == "user.tool_result"]
        assert len(results) == 6 and not any(r.is_error for r in results), results
        final = [e for e in events if e.type == "agent.message"][-1]
        assert "hello agents" in "".join(b.text for b in final.content)
        assert (workdir / "notes" / "hello.txt").read_text() == "hello agents\n", "the worker wrote the file"
        assert not (data / "workspaces" / session.id).exists(), "nothing ran on the server's side"
    finally:
        server.terminate()
        model.terminate()
        server.wait()
        model.wait()


def turn(client, session_id):
    """Sends a message and collects streamed events until the turn ends with end_turn."""
    seen = []
    with client.beta.sessions.events.stream(session_id) as stream:
        client.beta.sessions.events.send(session_id, events=[
            {"type": "user.message", "content": [{"type": "text", "text": "work with files"}]}])
        for event in stream:
            seen.append(event)
            if event.type == "session.status_idle" and event.stop_reason.type != "requires_action":
                break
    return seen
