"""The official Python SDK's general API (messages, count_tokens, models, message batches) against
`ant local serve`: with a scripted model behind it over each wire format (recording), then again
from the recording with no model running. Run by tests/sdk_messages.rs with the conformance
virtualenv (ANT_BIN names the binary)."""
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
FAKE = HERE / "fake_endpoint.py"
ANT = os.environ.get("ANT_BIN", str(ROOT / "target" / "release" / "ant"))
KEY = "sk-sdk-messages-server-key"
MODEL = "claude-sonnet-4-6"
WEATHER = {"name": "get_weather", "description": "The weather in a city",
           "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}


class Running:
    """Processes started by a test, stopped (by their own handles) when it ends."""

    def __init__(self, tmp):
        self.procs = []
        self.tmp = tmp

    def fake_model(self):
        port = free_port()
        proc = subprocess.Popen([sys.executable, str(FAKE), "--port", str(port), "--log", str(self.tmp / "model.jsonl")],
                                stdout=subprocess.DEVNULL)
        self.procs.append(proc)
        wait_for(port, proc)
        return proc, "http://127.0.0.1:%d" % port

    def server(self, name, *args):
        port = free_port()
        log = open(self.tmp / ("%s.log" % name), "w")
        proc = subprocess.Popen([ANT, "local", "serve", "--addr", "127.0.0.1:%d" % port, "--data-dir",
                                 str(self.tmp / name), "--api-key", KEY, "--sandbox", "none", *args], stderr=log)
        self.procs.append(proc)
        wait_for(port, proc, seconds=30)
        return proc, anthropic.Anthropic(api_key=KEY, base_url="http://127.0.0.1:%d" % port, max_retries=0,
                                         timeout=30)

    def stop(self, proc):
        proc.terminate()
        proc.wait(timeout=10)

    def close(self):
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture
def running(tmp_path):
    r = Running(tmp_path)
    yield r
    r.close()


def ask(client, content, system=None, **extra):
    params = dict(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": content}], **extra)
    if system:
        params["system"] = system
    return params


def wait_until_ended(client, batch_id):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        batch = client.messages.batches.retrieve(batch_id)
        if batch.processing_status == "ended":
            return batch
        time.sleep(0.1)
    raise AssertionError("batch %s did not end" % batch_id)


def exercise(client):
    """Every general API call the SDK makes, checked; returns what the model answered, so that a
    replay can be compared with the live run."""
    seen = {}

    # A plain message.
    hello = client.messages.create(**ask(client, "Say hello [scenario:hello]"))
    assert hello.type == "message" and hello.role == "assistant"
    assert hello.id.startswith("msg_")
    assert [b.type for b in hello.content] == ["text"]
    assert hello.content[0].text == "Hello from the fake model."
    assert hello.stop_reason == "end_turn"
    assert hello.usage.output_tokens == 7
    seen["hello"] = hello.model_dump()

    # Streamed, through the SDK's stream helper and as raw events.
    with client.messages.stream(**ask(client, "ping", system="[scenario:echo]")) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == "echo: ping"
    assert final.content[0].text == text and final.stop_reason == "end_turn"
    raw = list(client.messages.create(**ask(client, "raw [scenario:hello]"), stream=True))
    kinds = [e.type for e in raw]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop", kinds
    assert "content_block_delta" in kinds and "message_delta" in kinds
    streamed = "".join(e.delta.text for e in raw if e.type == "content_block_delta")
    assert streamed == "Hello from the fake model."
    seen["stream"] = (text, final.model_dump(), streamed)

    # A tool call, its result, and the answer that uses it; then the call streamed.
    tools = dict(system="[scenario:use:get_weather]", tools=[WEATHER])
    call = client.messages.create(**ask(client, '{"city": "Paris"}', **tools))
    assert call.stop_reason == "tool_use"
    use = [b for b in call.content if b.type == "tool_use"]
    assert len(use) == 1 and use[0].name == "get_weather" and use[0].input == {"city": "Paris"}
    followup = ask(client, '{"city": "Paris"}', **tools)
    followup["messages"] += [
        {"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in call.content]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use[0].id, "content": "18 C, clear"}]},
    ]
    answer = client.messages.create(**followup)
    assert answer.content[0].text == "used: 18 C, clear"
    with client.messages.stream(**ask(client, '{"city": "Oslo"}', **tools)) as stream:
        streamed_call = stream.get_final_message()
    streamed_use = [b for b in streamed_call.content if b.type == "tool_use"]
    assert streamed_use[0].input == {"city": "Oslo"} and streamed_call.stop_reason == "tool_use"
    seen["tools"] = (call.model_dump(), answer.model_dump(), streamed_call.model_dump())

    # The beta namespace reaches the same endpoint.
    beta = client.beta.messages.create(**ask(client, "beta [scenario:hello]"))
    assert beta.content[0].text == "Hello from the fake model."

    # Counting tokens.
    counted = client.messages.count_tokens(model=MODEL, system="Be brief.",
                                           messages=[{"role": "user", "content": "Count me."}])
    assert counted.input_tokens > 0
    seen["count"] = counted.input_tokens

    # A batch: two good requests and one the model refuses, through to its results.
    bad = ask(client, "no max_tokens")
    del bad["max_tokens"]
    batch = client.messages.batches.create(requests=[
        {"custom_id": "greet", "params": ask(client, "batch hello [scenario:hello]")},
        {"custom_id": "echo", "params": ask(client, "batch ping", system="[scenario:echo]")},
        {"custom_id": "bad", "params": bad},
    ])
    assert batch.id.startswith("msgbatch_") and batch.type == "message_batch"
    assert batch.processing_status == "in_progress" and batch.request_counts.processing == 3
    ended = wait_until_ended(client, batch.id)
    counts = ended.request_counts
    assert (counts.processing, counts.succeeded, counts.errored, counts.canceled, counts.expired) == (0, 2, 1, 0, 0)
    assert ended.ended_at is not None and ended.results_url.endswith("/v1/messages/batches/%s/results" % batch.id)
    results = {r.custom_id: r.result for r in client.messages.batches.results(batch.id)}
    assert sorted(results) == ["bad", "echo", "greet"]
    assert results["greet"].type == "succeeded"
    assert results["greet"].message.content[0].text == "Hello from the fake model."
    assert results["echo"].message.content[0].text == "echo: batch ping"
    assert results["bad"].type == "errored"
    assert results["bad"].error.error.type == "invalid_request_error"
    assert batch.id in [b.id for b in client.messages.batches.list()]
    assert client.beta.messages.batches.retrieve(batch.id).processing_status == "ended"
    assert client.messages.batches.delete(batch.id).type == "message_batch_deleted"
    with pytest.raises(anthropic.NotFoundError):
        client.messages.batches.retrieve(batch.id)
    seen["batch"] = {k: (v.type, v.message.content[0].text if v.type == "succeeded" else None)
                     for k, v in results.items()}
    return seen


def model_ids(client):
    ids = [m.id for m in client.models.list(limit=1)]
    assert ids == [m.id for m in client.beta.models.list()]
    return ids


@pytest.mark.parametrize("api", ["anthropic", "openai"])
def test_the_sdk_gets_answers_live_and_from_a_recording(running, api):
    model, url = running.fake_model()
    recording = running.tmp / "recording.jsonl"
    server, client = running.server("live", "--model-api", api, "--model-url", url + ("/v1" if api == "openai" else ""),
                                     "--model-map", "%s=fake-model" % MODEL, "--record", str(recording))
    live = exercise(client)
    assert model_ids(client) == [MODEL, "fake-model", "fake-model-mini"]
    mapped = client.models.retrieve(MODEL)
    assert mapped.display_name == "%s (runs as fake-model)" % MODEL
    assert mapped.created_at.isoformat().startswith("2026-02-01")
    mini = client.models.retrieve("fake-model-mini")
    assert mini.created_at.isoformat().startswith("2026-01-01")
    if api == "anthropic":
        # The endpoint's own count and model, as they are.
        assert live["count"] == 3 + 7
        assert mini.display_name == "Fake Model Mini"
    else:
        # The endpoint's prompt_tokens for a system and a user message (the fake counts 10 a message).
        assert live["count"] == 20
        assert mini.display_name == "fake-model-mini"
    with pytest.raises(anthropic.NotFoundError):
        client.models.retrieve("no-such-model")
    running.stop(server)

    # Nothing answers at the model URL any more.
    running.stop(model)
    dead = "http://127.0.0.1:%d" % free_port()
    _, replay = running.server("replay", "--model-api", api, "--model-url", dead + ("/v1" if api == "openai" else ""),
                               "--replay", str(recording))
    assert exercise(replay) == live
    assert model_ids(replay) == [MODEL]
    with pytest.raises(anthropic.BadRequestError) as refused:
        replay.messages.create(**ask(replay, "never recorded"))
    assert "no answer" in str(refused.value)
