"""The official Python SDK's Files, Skills, memory store and session resource calls against
`ant local serve`, with the scripted model running each user message as a bash command. Run by
tests/sdk_resources.rs with the conformance virtualenv (ANT_BIN names the binary)."""
import hashlib
import io
import os
import subprocess
import sys
import time
from pathlib import Path

import anthropic
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from sdk_helpers import free_port, wait_for  # noqa: E402
FAKE = ROOT.parent / "shared" / "fake-model" / "fake_model.py"
ANT = os.environ.get("ANT_BIN", str(ROOT / "target" / "release" / "ant"))
KEY = "sk-sdk-resources-server-key"
SKILL_MD = b"---\nname: greeter\ndescription: Greets people by name.\n---\nSay hello.\n"


@pytest.fixture
def server(tmp_path):
    """A scripted model and a server using it (no sandbox: the mounts' host paths are used);
    yields the client and the data dir."""
    tmp = tmp_path
    model = subprocess.Popen([sys.executable, str(FAKE), "--port", "0", "--log", str(tmp / "model.jsonl")],
                             stdout=subprocess.PIPE, text=True)
    url = model.stdout.readline().strip().removeprefix("listening on ")
    port = free_port()
    data = tmp / "data"
    proc = subprocess.Popen([ANT, "local", "serve", "--addr", "127.0.0.1:%d" % port, "--data-dir", str(data),
                             "--api-key", KEY, "--sandbox", "none", "--model-url", url],
                            stderr=open(tmp / "server.log", "w"))
    try:
        wait_for(port, proc, seconds=30)
        yield anthropic.Anthropic(api_key=KEY, base_url="http://127.0.0.1:%d" % port, max_retries=0,
                                  timeout=30), data
    finally:
        for p in (proc, model):
            p.kill()
            p.wait()


def run(client, sid, command):
    """Sends `command` to the shell scenario's session and returns the turn's tool output."""
    client.beta.sessions.events.send(sid, events=[{"type": "user.message",
                                                   "content": [{"type": "text", "text": command}]}])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        events = list(client.beta.sessions.events.list(sid))
        if events and events[-1].type == "session.status_idle" and len(
                [e for e in events if e.type == "user.message"]) == len(
                [e for e in events if e.type == "session.status_idle"]):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the turn did not end")
    last_message = max(i for i, e in enumerate(events) if e.type == "user.message")
    return "".join(block.text for e in events[last_message:] if e.type == "agent.tool_result"
                   for block in e.content if block.type == "text")


def test_files_skills_memory_and_resources_through_the_sdk(server):
    client, data = server
    beta = client.beta

    # Files: upload, metadata, list, download byte for byte, delete.
    payload = bytes(range(256)) * 1000
    uploaded = beta.files.upload(file=("table.bin", io.BytesIO(payload), "application/octet-stream"))
    assert uploaded.id.startswith("file_") and uploaded.size_bytes == len(payload)
    assert beta.files.retrieve_metadata(uploaded.id).filename == "table.bin"
    assert uploaded.id in [f.id for f in beta.files.list()]
    assert beta.files.download(uploaded.id).read() == payload
    notes = beta.files.upload(file=("notes.txt", b"remember the milk\n", "text/plain"))

    # Skills: a directory's files, its version, an agent that uses it; Anthropic's are refused.
    skill = beta.skills.create(files=[("greeter/SKILL.md", SKILL_MD, "text/markdown")], display_name="Greeter")
    assert skill.id.startswith("skill_") and skill.latest_version_id.isdigit()
    versions = list(beta.skills.versions.list(skill.id))
    assert [v.name for v in versions] == ["greeter"]
    with pytest.raises(anthropic.BadRequestError) as refused:
        beta.agents.create(name="a", model="claude-sonnet-4-6",
                           skills=[{"type": "anthropic", "skill_id": "pptx"}])
    assert "skills[0]" in str(refused.value)
    agent = beta.agents.create(name="shell", model="claude-sonnet-4-6", system="[scenario:shell]",
                               tools=[{"type": "agent_toolset_20260401"}],
                               skills=[{"type": "custom", "skill_id": skill.id}])

    # Memory stores: a memory, a precondition that no longer holds (409), versions.
    store = beta.memory_stores.create(name="Team notes", description="What the team knows")
    memory = beta.memory_stores.memories.create(store.id, path="/facts.md", content="sky: blue\n")
    assert memory.content_sha256 == hashlib.sha256(b"sky: blue\n").hexdigest()
    with pytest.raises(anthropic.ConflictError) as conflict:
        beta.memory_stores.memories.update(memory.id, memory_store_id=store.id, content="sky: green\n",
                                           precondition={"type": "content_sha256", "content_sha256": "0" * 64})
    assert conflict.value.body["error"]["type"] == "memory_precondition_failed_error"

    # A session with a file and the store; bash reads both and writes memory and an output.
    environment = beta.environments.create(name="e")
    session = beta.sessions.create(agent=agent.id, environment_id=environment.id, resources=[
        {"type": "file", "file_id": notes.id, "mount_path": "notes.txt"},
        {"type": "memory_store", "memory_store_id": store.id, "access": "read_write"},
    ])
    resources = list(beta.sessions.resources.list(session.id))
    assert [r.type for r in resources] == ["file", "memory_store"]
    assert resources[0].id.startswith("sesrsc_") and resources[1].mount_path == "/mnt/memory/team-notes"
    assert beta.sessions.resources.retrieve(resources[0].id, session_id=session.id).mount_path == \
        "/mnt/session/uploads/notes.txt"
    tree = data / "mounts" / session.id
    skill_dir = data / "skills" / skill.id / skill.latest_version_id
    out = run(client, session.id,
              "cat %s/mnt/session/uploads/notes.txt %s/mnt/memory/team-notes/facts.md %s/SKILL.md; "
              "echo learned > %s/mnt/memory/team-notes/new.md; "
              "printf report > %s/mnt/session/outputs/report.txt" % (tree, tree, skill_dir, tree, tree))
    assert "remember the milk" in out and "sky: blue" in out and "Say hello." in out, out
    run(client, session.id, "echo relearned > %s/mnt/memory/team-notes/new.md" % tree)
    written = list(beta.memory_stores.memory_versions.list(store.id, session_id=session.id))
    assert [(v.path, v.operation) for v in written] == [("/new.md", "modified"), ("/new.md", "created")]
    assert written[0].created_by.session_id == session.id
    # The first content is no longer current, so it can be redacted.
    version = beta.memory_stores.memory_versions.redact(written[1].id, memory_store_id=store.id)
    assert version.redacted_at is not None and version.content is None

    outputs = list(beta.files.list(scope_id=session.id))
    assert [f.filename for f in outputs] == ["report.txt"]
    assert beta.files.download(outputs[0].id).read() == b"report"

    beta.files.delete(uploaded.id)
    with pytest.raises(anthropic.NotFoundError):
        beta.files.retrieve_metadata(uploaded.id)
