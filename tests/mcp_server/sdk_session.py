#!/usr/bin/env python3
"""A session with an MCP toolset, driven by the official Python SDK (`anthropic`) as an application
would: a vault with a static bearer credential for the MCP server, an agent whose toolset asks
before each call (the default), a session with the vault, one message, the approval, the result.

Reads ANT_BASE_URL, ANT_KEY, MCP_URL and MCP_TOKEN; prints one JSON object: the events of the
session as the SDK parsed them, and the credential as the SDK retrieved it.
"""
import json
import os
import sys

import anthropic


def main():
    client = anthropic.Anthropic(api_key=os.environ["ANT_KEY"], base_url=os.environ["ANT_BASE_URL"],
                                 max_retries=0, timeout=60)
    vault = client.beta.vaults.create(display_name="docs credentials")
    credential = client.beta.vaults.credentials.create(
        vault.id, display_name="docs token",
        auth={"type": "static_bearer", "mcp_server_url": os.environ["MCP_URL"], "token": os.environ["MCP_TOKEN"]})
    agent = client.beta.agents.create(
        name="sdk-mcp", model="claude-sonnet-4-6", system="test agent [scenario:use:whoami]",
        mcp_servers=[{"type": "url", "name": "docs", "url": os.environ["MCP_URL"]}],
        tools=[{"type": "mcp_toolset", "mcp_server_name": "docs"}])
    environment = client.beta.environments.create(name="sdk-mcp")
    session = client.beta.sessions.create(agent=agent.id, environment_id=environment.id, vault_ids=[vault.id])

    events = []
    with client.beta.sessions.events.stream(session.id) as stream:
        client.beta.sessions.events.send(
            session.id, events=[{"type": "user.message", "content": [{"type": "text", "text": "{}"}]}])
        for event in stream:
            events.append(event.model_dump(mode="json", exclude_none=True))
            if event.type == "agent.mcp_tool_use" and event.evaluated_permission == "ask":
                client.beta.sessions.events.send(
                    session.id, events=[{"type": "user.tool_confirmation", "tool_use_id": event.id, "result": "allow"}])
            if event.type == "session.status_idle" and event.stop_reason.type != "requires_action":
                break
    shown = client.beta.vaults.credentials.retrieve(credential.id, vault_id=vault.id)
    json.dump({"session": session.model_dump(mode="json"), "events": events,
               "credential": shown.model_dump(mode="json")}, sys.stdout)


if __name__ == "__main__":
    main()
