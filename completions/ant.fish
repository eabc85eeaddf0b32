# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ant_global_optspecs
    string join \n format= format-error= transform= transform-error= r/raw-output debug base-url= profile= workspace-id= local max-retries= api-key= auth-token= h/help V/version
end

function __fish_ant_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ant_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ant_using_subcommand
    set -l cmd (__fish_ant_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ant -n "__fish_ant_needs_command" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_needs_command" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_needs_command" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_needs_command" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_needs_command" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_needs_command" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_needs_command" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_needs_command" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_needs_command" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_needs_command" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_needs_command" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_needs_command" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_needs_command" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_needs_command" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_needs_command" -s V -l version -d 'Print version'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:agents" -d 'Agents: a model, a system prompt and tools, versioned'
complete -c ant -n "__fish_ant_needs_command" -f -a "agents" -d 'Agents: a model, a system prompt and tools, versioned'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:agents:versions" -d 'The versions of an agent'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:environments" -d 'Environments: where sessions run (cloud or self-hosted)'
complete -c ant -n "__fish_ant_needs_command" -f -a "environments" -d 'Environments: where sessions run (cloud or self-hosted)'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:environments:work" -d 'A self-hosted environment\'s work queue (the worker uses it)'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_needs_command" -f -a "sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions:events" -d 'A session\'s events: send input, list the log, stream it live'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions:resources" -d 'Files and repositories mounted into a session'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions:threads" -d 'The threads of a multi-agent session'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions:threads:events" -d 'A thread\'s events: list them, stream them live'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:deployments" -d 'Deployments: sessions started on a schedule or on demand'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:deployment-runs" -d 'The runs of deployments'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:vaults" -d 'Vaults: credentials that sessions use for MCP servers'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:vaults:credentials" -d 'The credentials in a vault'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:memory-stores" -d 'Memory stores: files an agent remembers across sessions'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:memory-stores:memories" -d 'The memories in a memory store'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:memory-stores:memory-versions" -d 'The history of a memory store\'s memories'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:files" -d 'Files: upload once, use in messages and sessions'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:skills" -d 'Skills: folders of instructions and scripts an agent can load'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:skills:versions" -d 'The versions of a skill'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:user-profiles" -d 'User profiles: the end users you act for'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:dreams" -d 'Dreams: offline consolidation of memory stores'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:tunnels" -d 'MCP tunnels: reach MCP servers on a private network'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:tunnels:certificates" -d 'The CA certificates a tunnel trusts'
complete -c ant -n "__fish_ant_needs_command" -f -a "messages" -d 'The Messages API: send a conversation, get the model\'s reply'
complete -c ant -n "__fish_ant_needs_command" -f -a "messages:batches" -d 'Many Messages requests at once, processed asynchronously'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:messages" -d 'The Messages API with beta features (MCP servers, context management, ...)'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:messages:batches" -d 'Message batches with beta features'
complete -c ant -n "__fish_ant_needs_command" -f -a "models" -d 'The models the API offers'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:models" -d 'The models the API offers, through the beta API'
complete -c ant -n "__fish_ant_needs_command" -f -a "completions" -d 'Legacy text completions'
complete -c ant -n "__fish_ant_needs_command" -f -a "stream" -d 'Stream a session\'s events (short for beta:sessions:events stream)'
complete -c ant -n "__fish_ant_needs_command" -f -a "run" -d 'Run a task: create a session for AGENT, send TASK, and show the work until idle'
complete -c ant -n "__fish_ant_needs_command" -f -a "chat" -d 'Talk to a session: the live view, a prompt, approvals and custom tool answers'
complete -c ant -n "__fish_ant_needs_command" -f -a "local" -d 'The local runner: the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:worker" -d 'Self-hosted hands: serve a self_hosted environment\'s tool calls on this machine'
complete -c ant -n "__fish_ant_needs_command" -f -a "apply" -d 'Create or update agents and environments from files, tracked in claude-lock.json'
complete -c ant -n "__fish_ant_needs_command" -f -a "validate" -d 'Check template files offline: syntax, fields, references and the API\'s rules'
complete -c ant -n "__fish_ant_needs_command" -f -a "auth" -d 'Manage authentication'
complete -c ant -n "__fish_ant_needs_command" -f -a "profile" -d 'Manage configuration profiles'
complete -c ant -n "__fish_ant_needs_command" -f -a "completion" -d 'Print a shell completion script'
complete -c ant -n "__fish_ant_needs_command" -f -a "@completion" -d 'Print a dynamic completion script (bash, zsh, fish, pwsh)'
complete -c ant -n "__fish_ant_needs_command" -f -a "__complete"
complete -c ant -n "__fish_ant_needs_command" -f -a "@manpages" -d 'Generate documentation for \'man\''
complete -c ant -n "__fish_ant_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "create" -d 'Create an agent'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "retrieve" -d 'Get an agent (its latest version, or --version N)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "update" -d 'Update an agent, making a new version'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "list" -d 'List agents'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "archive" -d 'Archive an agent'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l multiagent -d 'Body `multiagent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l skill -d 'Body `skills` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l system -d 'Body `system` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r -f -a "coordinator\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l version -d 'Query `version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l model -d 'Body `model` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l multiagent -d 'Body `multiagent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l skill -d 'Body `skills` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l system -d 'Body `system` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l tool -d 'Body `tools` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l version -d 'Body `version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r -f -a "coordinator\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an agent'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get an agent (its latest version, or --version N)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an agent, making a new version'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agents'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an agent'
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "create" -d 'Create an agent'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "retrieve" -d 'Get an agent (its latest version, or --version N)'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "update" -d 'Update an agent, making a new version'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "list" -d 'List agents'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "archive" -d 'Archive an agent'
complete -c ant -n "__fish_ant_using_subcommand agents; and not __fish_seen_subcommand_from create retrieve update list archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l multiagent -d 'Body `multiagent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l skill -d 'Body `skills` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l system -d 'Body `system` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r -f -a "coordinator\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l version -d 'Query `version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l model -d 'Body `model` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l multiagent -d 'Body `multiagent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l skill -d 'Body `skills` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l system -d 'Body `system` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l tool -d 'Body `tools` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l version -d 'Body `version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r -f -a "coordinator\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an agent'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get an agent (its latest version, or --version N)'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an agent, making a new version'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agents'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an agent'
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List an agent\'s versions'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l agent-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an agent\'s versions'
complete -c ant -n "__fish_ant_using_subcommand beta:agents:versions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List environments'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l config -d 'Body `config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l scope -d 'Body `scope` (string, or null)' -r -f -a "organization\t''
account\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l config -d 'Body `config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l scope -d 'Body `scope` (string, or null)' -r -f -a "organization\t''
account\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "list" -d 'List environments'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an environment'
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List environments'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l config -d 'Body `config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l scope -d 'Body `scope` (string, or null)' -r -f -a "organization\t''
account\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l config -d 'Body `config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l scope -d 'Body `scope` (string, or null)' -r -f -a "organization\t''
account\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "list" -d 'List environments'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an environment'
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "retrieve" -d 'Get a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "update" -d 'Update a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "list" -d 'List an environment\'s work items'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "ack" -d 'Acknowledge a claimed work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "heartbeat" -d 'Renew the lease on a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "poll" -d 'Claim the next work item, if any'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "stats" -d 'Count an environment\'s queued and running work'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "stop" -d 'Stop a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and not __fish_seen_subcommand_from retrieve update list ack heartbeat poll stats stop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l work-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l work-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l work-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from ack" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l work-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l desired-ttl-seconds -d 'Query `desired_ttl_seconds` (integer, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l expected-last-heartbeat -d 'Query `expected_last_heartbeat` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from heartbeat" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l block-ms -d 'Query `block_ms` (integer, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l reclaim-older-than-ms -d 'Query `reclaim_older_than_ms` (integer, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l anthropic-worker-id -d 'Header `Anthropic-Worker-ID` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from poll" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l environment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l work-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l force -d 'Body `force` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "list" -d 'List an environment\'s work items'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "ack" -d 'Acknowledge a claimed work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "heartbeat" -d 'Renew the lease on a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "poll" -d 'Claim the next work item, if any'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Count an environment\'s queued and running work'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a work item'
complete -c ant -n "__fish_ant_using_subcommand beta:environments:work; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List sessions'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l agent -d 'Body `agent` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l environment-id -d 'Body `environment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l initial-event -d 'Body `initial_events` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l resource -d 'Body `resources` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l title -d 'Body `title` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l vault-id -d 'Body `vault_ids` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l agent -d 'Body `agent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l title -d 'Body `title` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l vault-id -d 'Body `vault_ids` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l agent.mcp-servers -d 'Sets `mcp_servers` of --agent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l agent.tools -d 'Sets `tools` of --agent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l agent-id -d 'Query `agent_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l agent-version -d 'Query `agent_version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l created-at-gt -d 'Query `created_at[gt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l created-at-lt -d 'Query `created_at[lt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l deployment-id -d 'Query `deployment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l memory-store-id -d 'Query `memory_store_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r -f -a "asc\t''
desc\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l status -d 'Query `statuses` (string, repeatable)' -r -f -a "rescheduling\t''
running\t''
idle\t''
terminated\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List sessions'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l agent -d 'Body `agent` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l environment-id -d 'Body `environment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l initial-event -d 'Body `initial_events` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l resource -d 'Body `resources` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l title -d 'Body `title` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l vault-id -d 'Body `vault_ids` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l agent -d 'Body `agent` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l title -d 'Body `title` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l vault-id -d 'Body `vault_ids` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l agent.mcp-servers -d 'Sets `mcp_servers` of --agent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l agent.tools -d 'Sets `tools` of --agent (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l agent-id -d 'Query `agent_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l agent-version -d 'Query `agent_version` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l created-at-gt -d 'Query `created_at[gt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l created-at-lt -d 'Query `created_at[lt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l deployment-id -d 'Query `deployment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l memory-store-id -d 'Query `memory_store_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r -f -a "asc\t''
desc\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l status -d 'Query `statuses` (string, repeatable)' -r -f -a "rescheduling\t''
running\t''
idle\t''
terminated\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List sessions'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a session'
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -f -a "list" -d 'List a session\'s events'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -f -a "send" -d 'Send events to a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -f -a "stream" -d 'Stream a session\'s events as they happen (one JSON value per event)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and not __fish_seen_subcommand_from list send stream help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l created-at-gt -d 'Query `created_at[gt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l created-at-lt -d 'Query `created_at[lt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r -f -a "asc\t''
desc\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l type -d 'Query `types` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l event -d 'Body `events` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l event-delta -d 'Query `event_deltas` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l until-idle -d 'Stop when the session goes idle: exit 0 for end_turn, 2 for requires_action, 1 for an error'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from stream" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a session\'s events'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send events to a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from help" -f -a "stream" -d 'Stream a session\'s events as they happen (one JSON value per event)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "retrieve" -d 'Get a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "update" -d 'Update a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "list" -d 'List a session\'s resources'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "delete" -d 'Delete a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "add" -d 'Mount a file into a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and not __fish_seen_subcommand_from retrieve update list delete add help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l resource-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l resource-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l authorization-token -d 'Body `authorization_token` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l resource-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l file-id -d 'Body `file_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l type -d 'Body `type` (string)' -r -f -a "file\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l mount-path -d 'Body `mount_path` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a session\'s resources'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a session resource'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "add" -d 'Mount a file into a session'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:resources; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -f -a "retrieve" -d 'Get a thread'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -f -a "list" -d 'List a session\'s threads'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -f -a "archive" -d 'Archive a thread'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and not __fish_seen_subcommand_from retrieve list archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l thread-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l thread-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a thread'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a session\'s threads'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a thread'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -f -a "list" -d 'List a thread\'s events'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -f -a "stream" -d 'Stream a thread\'s events as they happen'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and not __fish_seen_subcommand_from list stream help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l thread-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l thread-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l event-delta -d 'Query `event_deltas` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from stream" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a thread\'s events'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from help" -f -a "stream" -d 'Stream a thread\'s events as they happen'
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:threads:events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "create" -d 'Create a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "retrieve" -d 'Get a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "update" -d 'Update a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "list" -d 'List deployments'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "archive" -d 'Archive a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "pause" -d 'Pause a deployment\'s schedule'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "run" -d 'Start a deployment now'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "unpause" -d 'Resume a paused deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and not __fish_seen_subcommand_from create retrieve update list archive pause run unpause help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l agent -d 'Body `agent` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l environment-id -d 'Body `environment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l initial-event -d 'Body `initial_events` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l resource -d 'Body `resources` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l schedule -d 'Body `schedule` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l vault-id -d 'Body `vault_ids` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l schedule.expression -d 'Sets `expression` of --schedule (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l schedule.timezone -d 'Sets `timezone` of --schedule (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l schedule.type -d 'Sets `type` of --schedule (string)' -r -f -a "cron\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l agent -d 'Body `agent` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l environment-id -d 'Body `environment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l initial-event -d 'Body `initial_events` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l resource -d 'Body `resources` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l schedule -d 'Body `schedule` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l vault-id -d 'Body `vault_ids` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l schedule.expression -d 'Sets `expression` of --schedule (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l schedule.timezone -d 'Sets `timezone` of --schedule (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l schedule.type -d 'Sets `type` of --schedule (string)' -r -f -a "cron\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l agent-id -d 'Query `agent_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l status -d 'Query `status` (string)' -r -f -a "active\t''
paused\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l deployment-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deployments'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause a deployment\'s schedule'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "run" -d 'Start a deployment now'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Resume a paused deployment'
complete -c ant -n "__fish_ant_using_subcommand beta:deployments; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -f -a "retrieve" -d 'Get a deployment run'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -f -a "list" -d 'List deployment runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and not __fish_seen_subcommand_from retrieve list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l deployment-run-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l created-at-gt -d 'Query `created_at[gt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l created-at-lt -d 'Query `created_at[lt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l deployment-id -d 'Query `deployment_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l has-error -d 'Query `has_error` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l trigger-type -d 'Query `trigger_type` (string)' -r -f -a "schedule\t''
manual\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a deployment run'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List deployment runs'
complete -c ant -n "__fish_ant_using_subcommand beta:deployment-runs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List vaults'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l display-name -d 'Body `display_name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l display-name -d 'Body `display_name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "list" -d 'List vaults'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a vault'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "create" -d 'Create a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "retrieve" -d 'Get a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "update" -d 'Update a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "list" -d 'List a vault\'s credentials'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "delete" -d 'Delete a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "archive" -d 'Archive a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "mcp-oauth-validate" -d 'Check an MCP OAuth credential against its server'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and not __fish_seen_subcommand_from create retrieve update list delete archive mcp-oauth-validate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l auth -d 'Body `auth` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l display-name -d 'Body `display_name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l credential-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l credential-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l auth -d 'Body `auth` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l display-name -d 'Body `display_name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l credential-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l credential-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l vault-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l credential-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from mcp-oauth-validate" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a vault\'s credentials'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a credential'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "mcp-oauth-validate" -d 'Check an MCP OAuth credential against its server'
complete -c ant -n "__fish_ant_using_subcommand beta:vaults:credentials; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "create" -d 'Create a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "retrieve" -d 'Get a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "update" -d 'Update a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "list" -d 'List memory stores'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "delete" -d 'Delete a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "archive" -d 'Archive a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and not __fish_seen_subcommand_from create retrieve update list delete archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l description -d 'Body `description` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l description -d 'Body `description` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "list" -d 'List memory stores'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a memory store'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "create" -d 'Create a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "retrieve" -d 'Get a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "update" -d 'Update a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "list" -d 'List a memory store\'s memories'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "delete" -d 'Delete a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and not __fish_seen_subcommand_from create retrieve update list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l content -d 'Body `content` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l path -d 'Body `path` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l memory-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l memory-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l content -d 'Body `content` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l path -d 'Body `path` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l precondition -d 'Body `precondition` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l precondition.type -d 'Sets `type` of --precondition (string)' -r -f -a "content_sha256\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l precondition.content-sha256 -d 'Sets `content_sha256` of --precondition (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l depth -d 'Query `depth` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l path-prefix -d 'Query `path_prefix` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l memory-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l expected-content-sha256 -d 'Query `expected_content_sha256` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a memory store\'s memories'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a memory'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memories; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -f -a "retrieve" -d 'Get a memory version'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -f -a "list" -d 'List a memory store\'s memory versions'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -f -a "redact" -d 'Erase a memory version\'s content'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and not __fish_seen_subcommand_from retrieve list redact help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l memory-version-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l api-key-id -d 'Query `api_key_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l created-at-gte -d 'Query `created_at[gte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l created-at-lte -d 'Query `created_at[lte]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l memory-id -d 'Query `memory_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l operation -d 'Query `operation` (string)' -r -f -a "created\t''
modified\t''
deleted\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l session-id -d 'Query `session_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l view -d 'Query `view` (string)' -r -f -a "basic\t''
full\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l memory-store-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l memory-version-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from redact" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a memory version'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a memory store\'s memory versions'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from help" -f -a "redact" -d 'Erase a memory version\'s content'
complete -c ant -n "__fish_ant_using_subcommand beta:memory-stores:memory-versions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "list" -d 'List files'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "delete" -d 'Delete a file'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "download" -d 'Download a file\'s content'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "retrieve-metadata" -d 'Get a file\'s metadata'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "upload" -d 'Upload a file'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and not __fish_seen_subcommand_from list delete download retrieve-metadata upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l after-id -d 'Query `after_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l before-id -d 'Query `before_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l scope-id -d 'Query `scope_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l file-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l file-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -s o -l output -d 'Write the content to PATH (- for stdout)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l file-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from retrieve-metadata" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l file -d 'Body `file` (file to upload, - for stdin)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "list" -d 'List files'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a file'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file\'s content'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "retrieve-metadata" -d 'Get a file\'s metadata'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file'
complete -c ant -n "__fish_ant_using_subcommand beta:files; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -f -a "create" -d 'Create a skill from files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -f -a "retrieve" -d 'Get a skill'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -f -a "list" -d 'List skills'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -f -a "delete" -d 'Delete a skill'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and not __fish_seen_subcommand_from create retrieve list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l file -d 'Body `files` (file to upload, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l display-title -d 'Body `display_title` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l source -d 'Query `source` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a skill from files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a skill'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from help" -f -a "list" -d 'List skills'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a skill'
complete -c ant -n "__fish_ant_using_subcommand beta:skills; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "create" -d 'Make a new version of a skill from files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "retrieve" -d 'Get a skill version'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "list" -d 'List a skill\'s versions'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "delete" -d 'Delete a skill version'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "download" -d 'Download a skill version\'s files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and not __fish_seen_subcommand_from create retrieve list delete download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l file -d 'Body `files` (file to upload, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l version -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l version -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l skill-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l version -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -s o -l output -d 'Write the content to PATH (- for stdout)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a new version of a skill from files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a skill version'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a skill\'s versions'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a skill version'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a skill version\'s files'
complete -c ant -n "__fish_ant_using_subcommand beta:skills:versions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "create" -d 'Create an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "retrieve" -d 'Get an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "update" -d 'Update an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "list" -d 'List user profiles'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "create-enrollment-url" -d 'Make an enrollment link for a user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and not __fish_seen_subcommand_from create retrieve update list create-enrollment-url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l external-id -d 'Body `external_id` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l name -d 'Body `name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l relationship -d 'Body `relationship` (string)' -r -f -a "external\t''
resold\t''
internal\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l user-profile-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l user-profile-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l external-id -d 'Body `external_id` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l name -d 'Body `name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l relationship -d 'Body `relationship` (string, or null)' -r -f -a "external\t''
resold\t''
internal\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r -f -a "asc\t''
desc\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l user-profile-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from create-enrollment-url" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update an user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "list" -d 'List user profiles'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "create-enrollment-url" -d 'Make an enrollment link for a user profile'
complete -c ant -n "__fish_ant_using_subcommand beta:user-profiles; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "create" -d 'Start a dream over memory stores'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "retrieve" -d 'Get a dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "list" -d 'List dreams'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "archive" -d 'Archive a dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "cancel" -d 'Cancel a running dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and not __fish_seen_subcommand_from create retrieve list archive cancel help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l input -d 'Body `inputs` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (id, or YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l instructions -d 'Body `instructions` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l dream-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l created-at-gt -d 'Query `created_at[gt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l created-at-lt -d 'Query `created_at[lt]` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l status -d 'Query `statuses` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l dream-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l dream-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "create" -d 'Start a dream over memory stores'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "list" -d 'List dreams'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a running dream'
complete -c ant -n "__fish_ant_using_subcommand beta:dreams; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "create" -d 'Create a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "retrieve" -d 'Get a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "list" -d 'List tunnels'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "archive" -d 'Archive a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "reveal-token" -d 'Show a tunnel\'s connection token'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "rotate-token" -d 'Replace a tunnel\'s connection token'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and not __fish_seen_subcommand_from create retrieve list archive reveal-token rotate-token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l display-name -d 'Body `display_name` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from reveal-token" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l reason -d 'Body `reason` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from rotate-token" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tunnels'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "reveal-token" -d 'Show a tunnel\'s connection token'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "rotate-token" -d 'Replace a tunnel\'s connection token'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -f -a "create" -d 'Add a CA certificate to a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -f -a "retrieve" -d 'Get a certificate'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -f -a "list" -d 'List a tunnel\'s certificates'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -f -a "archive" -d 'Archive a certificate'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and not __fish_seen_subcommand_from create retrieve list archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l ca-certificate-pem -d 'Body `ca_certificate_pem` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l certificate-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l include-archived -d 'Query `include_archived` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l tunnel-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l certificate-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a CA certificate to a tunnel'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a certificate'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from help" -f -a "list" -d 'List a tunnel\'s certificates'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a certificate'
complete -c ant -n "__fish_ant_using_subcommand beta:tunnels:certificates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "create" -d 'Send messages, get the reply (--stream prints it as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "count-tokens" -d 'Count the tokens a Messages request would use'
complete -c ant -n "__fish_ant_using_subcommand messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l max-tokens -d 'Body `max_tokens` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l message -d 'Body `messages` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l cache-control -d 'Body `cache_control` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l container -d 'Body `container` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l inference-geo -d 'Body `inference_geo` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l output-config -d 'Body `output_config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l service-tier -d 'Body `service_tier` (string)' -r -f -a "auto\t''
standard_only\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l stop-sequence -d 'Body `stop_sequences` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l stream -d 'Body `stream` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l system -d 'Body `system` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l temperature -d 'Body `temperature` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l thinking -d 'Body `thinking` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l tool-choice -d 'Body `tool_choice` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l top-k -d 'Body `top_k` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l top-p -d 'Body `top_p` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l message.content -d 'Sets `content` of --message (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l message.role -d 'Sets `role` of --message (string)' -r -f -a "user\t''
assistant\t''
system\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l cache-control.type -d 'Sets `type` of --cache-control (string)' -r -f -a "ephemeral\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l cache-control.ttl -d 'Sets `ttl` of --cache-control (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l metadata.user-id -d 'Sets `user_id` of --metadata (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l output-config.effort -d 'Sets `effort` of --output-config (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l output-config.format -d 'Sets `format` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l message -d 'Body `messages` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l model -d 'Body `model` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l cache-control -d 'Body `cache_control` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l output-config -d 'Body `output_config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l system -d 'Body `system` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l thinking -d 'Body `thinking` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l tool-choice -d 'Body `tool_choice` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l message.content -d 'Sets `content` of --message (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l message.role -d 'Sets `role` of --message (string)' -r -f -a "user\t''
assistant\t''
system\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l cache-control.type -d 'Sets `type` of --cache-control (string)' -r -f -a "ephemeral\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l cache-control.ttl -d 'Sets `ttl` of --cache-control (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l output-config.effort -d 'Sets `effort` of --output-config (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l output-config.format -d 'Sets `format` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from count-tokens" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "create" -d 'Send messages, get the reply (--stream prints it as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "count-tokens" -d 'Count the tokens a Messages request would use'
complete -c ant -n "__fish_ant_using_subcommand messages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "create" -d 'Create a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "retrieve" -d 'Get a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "list" -d 'List message batches'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "delete" -d 'Delete a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "cancel" -d 'Cancel a batch that is still processing'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "results" -d 'Print a finished batch\'s results, one JSON line per request'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l request -d 'Body `requests` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l request.custom-id -d 'Sets `custom_id` of --request (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l request.params -d 'Sets `params` of --request (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l after-id -d 'Query `after_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l before-id -d 'Query `before_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from results" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "list" -d 'List message batches'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a message batch'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a batch that is still processing'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "results" -d 'Print a finished batch\'s results, one JSON line per request'
complete -c ant -n "__fish_ant_using_subcommand messages:batches; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "create" -d 'Send messages, get the reply (--stream prints it as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "count-tokens" -d 'Count the tokens a Messages request would use'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and not __fish_seen_subcommand_from create count-tokens help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l max-tokens -d 'Body `max_tokens` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l message -d 'Body `messages` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l cache-control -d 'Body `cache_control` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l container -d 'Body `container` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l context-management -d 'Body `context_management` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l diagnostics -d 'Body `diagnostics` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback-credit-token -d 'Body `fallback_credit_token` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback -d 'Body `fallbacks` (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l inference-geo -d 'Body `inference_geo` (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-config -d 'Body `output_config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-format -d 'Body `output_format` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l service-tier -d 'Body `service_tier` (string)' -r -f -a "auto\t''
standard_only\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l speed -d 'Body `speed` (string, or null)' -r -f -a "standard\t''
fast\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l stop-sequence -d 'Body `stop_sequences` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l stream -d 'Body `stream` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l system -d 'Body `system` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l temperature -d 'Body `temperature` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l thinking -d 'Body `thinking` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l tool-choice -d 'Body `tool_choice` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l top-k -d 'Body `top_k` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l top-p -d 'Body `top_p` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l message.content -d 'Sets `content` of --message (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l message.role -d 'Sets `role` of --message (string)' -r -f -a "user\t''
assistant\t''
system\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l cache-control.type -d 'Sets `type` of --cache-control (string)' -r -f -a "ephemeral\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l cache-control.ttl -d 'Sets `ttl` of --cache-control (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l context-management.edits -d 'Sets `edits` of --context-management (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l diagnostics.previous-message-id -d 'Sets `previous_message_id` of --diagnostics (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback.model -d 'Sets `model` of --fallback (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback.max-tokens -d 'Sets `max_tokens` of --fallback (integer, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback.output-config -d 'Sets `output_config` of --fallback (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback.speed -d 'Sets `speed` of --fallback (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l fallback.thinking -d 'Sets `thinking` of --fallback (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server.authorization-token -d 'Sets `authorization_token` of --mcp-server (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l mcp-server.tool-configuration -d 'Sets `tool_configuration` of --mcp-server (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l metadata.user-id -d 'Sets `user_id` of --metadata (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-config.effort -d 'Sets `effort` of --output-config (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-config.format -d 'Sets `format` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-config.task-budget -d 'Sets `task_budget` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-format.schema -d 'Sets `schema` of --output-format (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l output-format.type -d 'Sets `type` of --output-format (string)' -r -f -a "json_schema\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l message -d 'Body `messages` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l model -d 'Body `model` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l cache-control -d 'Body `cache_control` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l context-management -d 'Body `context_management` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server -d 'Body `mcp_servers` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-config -d 'Body `output_config` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-format -d 'Body `output_format` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l speed -d 'Body `speed` (string, or null)' -r -f -a "standard\t''
fast\t''
null\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l system -d 'Body `system` (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l thinking -d 'Body `thinking` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l tool-choice -d 'Body `tool_choice` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l tool -d 'Body `tools` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l message.content -d 'Sets `content` of --message (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l message.role -d 'Sets `role` of --message (string)' -r -f -a "user\t''
assistant\t''
system\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l cache-control.type -d 'Sets `type` of --cache-control (string)' -r -f -a "ephemeral\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l cache-control.ttl -d 'Sets `ttl` of --cache-control (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l context-management.edits -d 'Sets `edits` of --context-management (YAML/JSON list, replaces the whole field)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server.name -d 'Sets `name` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r -f -a "url\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server.authorization-token -d 'Sets `authorization_token` of --mcp-server (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l mcp-server.tool-configuration -d 'Sets `tool_configuration` of --mcp-server (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-config.effort -d 'Sets `effort` of --output-config (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-config.format -d 'Sets `format` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-config.task-budget -d 'Sets `task_budget` of --output-config (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-format.schema -d 'Sets `schema` of --output-format (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l output-format.type -d 'Sets `type` of --output-format (string)' -r -f -a "json_schema\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from count-tokens" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from help" -f -a "create" -d 'Send messages, get the reply (--stream prints it as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from help" -f -a "count-tokens" -d 'Count the tokens a Messages request would use'
complete -c ant -n "__fish_ant_using_subcommand beta:messages; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "create" -d 'Create a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "retrieve" -d 'Get a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "list" -d 'List message batches'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "delete" -d 'Delete a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "cancel" -d 'Cancel a batch that is still processing'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "results" -d 'Print a finished batch\'s results, one JSON line per request'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and not __fish_seen_subcommand_from create retrieve list delete cancel results help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l request -d 'Body `requests` (YAML/JSON object, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l user-profile-id -d 'Header `anthropic-user-profile-id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l request.custom-id -d 'Sets `custom_id` of --request (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l request.params -d 'Sets `params` of --request (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l after-id -d 'Query `after_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l before-id -d 'Query `before_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l message-batch-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from results" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "list" -d 'List message batches'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a message batch'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a batch that is still processing'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "results" -d 'Print a finished batch\'s results, one JSON line per request'
complete -c ant -n "__fish_ant_using_subcommand beta:messages:batches; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -f -a "retrieve" -d 'Get a model'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -f -a "list" -d 'List models'
complete -c ant -n "__fish_ant_using_subcommand models; and not __fish_seen_subcommand_from retrieve list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l model-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l after-id -d 'Query `after_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l before-id -d 'Query `before_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a model'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "list" -d 'List models'
complete -c ant -n "__fish_ant_using_subcommand models; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -f -a "retrieve" -d 'Get a model'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -f -a "list" -d 'List models'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and not __fish_seen_subcommand_from retrieve list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l model-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from retrieve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l after-id -d 'Query `after_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l before-id -d 'Query `before_id` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l limit -d 'Query `limit` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from help" -f -a "retrieve" -d 'Get a model'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from help" -f -a "list" -d 'List models'
complete -c ant -n "__fish_ant_using_subcommand beta:models; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -f -a "create" -d 'Complete a prompt (--stream prints the completion as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand completions; and not __fish_seen_subcommand_from create help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l max-tokens-to-sample -d 'Body `max_tokens_to_sample` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l model -d 'Body `model` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l prompt -d 'Body `prompt` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l metadata -d 'Body `metadata` (YAML/JSON object)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l stop-sequence -d 'Body `stop_sequences` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l stream -d 'Body `stream` (boolean)' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l temperature -d 'Body `temperature` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l top-k -d 'Body `top_k` (integer)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l top-p -d 'Body `top_p` (number)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l metadata.user-id -d 'Sets `user_id` of --metadata (string, or null)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from help" -f -a "create" -d 'Complete a prompt (--stream prints the completion as it arrives)'
complete -c ant -n "__fish_ant_using_subcommand completions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand stream" -l session-id -d 'Path id (string)' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l event-delta -d 'Query `event_deltas` (string, repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l beta -d 'anthropic-beta header value; replaces the default (repeatable)' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l max-items -d 'Stop after N items (-1: no limit)' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand stream" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand stream" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand stream" -l until-idle -d 'Stop when the session goes idle: exit 0 for end_turn, 2 for requires_action, 1 for an error'
complete -c ant -n "__fish_ant_using_subcommand stream" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand stream" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand stream" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand stream" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand run" -l environment -d 'Environment to run in [default: a new one]' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l replay -d 'With --local: play recorded model responses from FILE (no model needed)' -r -F
complete -c ant -n "__fish_ant_using_subcommand run" -l outcome -d 'Work toward an outcome: a YAML/JSON file holding user.define_outcome\'s description, rubric and max_iterations' -r -F
complete -c ant -n "__fish_ant_using_subcommand run" -l event-delta -d 'Show events of TYPE (agent.message) as they are generated' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand run" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand run" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand run" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand run" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand run" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand run" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand run" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand chat" -l tool-handler -d 'Answer custom tool NAME by running COMMAND (input JSON on stdin, result from stdout)' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand chat" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand chat" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand chat" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand chat" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand chat" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand chat" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -f -a "serve" -d 'Serve the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -f -a "doctor" -d 'Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -f -a "environment-key" -d 'Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -f -a "api-key" -d 'Print the key the server of the data dir requires when it is given none (made if absent)'
complete -c ant -n "__fish_ant_using_subcommand local; and not __fish_seen_subcommand_from serve doctor environment-key api-key help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (HOST:PORT). A non-loopback address needs --api-key' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l data-dir -d 'Where the database and session workspaces live [default: the platform data dir, e.g. ~/.local/share/ant]' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l api-key -d 'Key that every request must carry (x-api-key or Authorization: Bearer) [default: the data dir\'s api-key file, made at first start]' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l model-url -d 'Model endpoint: Anthropic\'s API by default; an OpenAI-style base URL with --model-api openai' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l model-api -d 'Wire format of the model endpoint' -r -f -a "anthropic\t''
openai\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l model-map -d 'Run agents written for model FROM on model TO (repeatable; FROM may be `*`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l record -d 'Write every model response to FILE (JSON lines) for a later --replay' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l replay -d 'Play model responses back from FILE instead of calling a model' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l work-lease-seconds -d 'Lease of a self-hosted worker on a work item, renewed by its heartbeats' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l sandbox -d 'How tools are confined: auto (bwrap, else landlock), bwrap, landlock, or none (no isolation)' -r -f -a "auto\t''
bwrap\t''
landlock\t''
none\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l shell-idle-seconds -d 'How long an idle session\'s bash shell lives on unused; the next call starts a new one' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l max-file-bytes -d 'The most one uploaded file may hold, in bytes (the Files API\'s limit, 500 MiB, by default)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l mcp-connect-timeout-seconds -d 'How long connecting to an agent\'s MCP server (handshake and tool list) may take' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l mcp-call-timeout-seconds -d 'How long one call of an MCP server\'s tool may take' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l data-dir -d 'The data dir the server would use (hidden from tools) [default: the platform data dir]' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from doctor" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l data-dir -d 'The server\'s data dir [default: the platform data dir]' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from environment-key" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l data-dir -d 'The server\'s data dir [default: the platform data dir]' -r -F
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from api-key" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "doctor" -d 'Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "environment-key" -d 'Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "api-key" -d 'Print the key the server of the data dir requires when it is given none (made if absent)'
complete -c ant -n "__fish_ant_using_subcommand local; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -f -a "poll" -d 'Poll the environment\'s work queue and serve each claimed session\'s tool calls'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -f -a "run" -d 'Serve one already-claimed work item (what an --on-work script\'s container runs)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and not __fish_seen_subcommand_from poll run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l environment-id -d 'The self-hosted environment to work for' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l environment-key -d 'The environment\'s key (`ant local environment-key` issues one for the local server)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l workdir -d 'Where tools run: the files they read and write live here' -r -F
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l max-idle -d 'Hand the item back after this long without events once a turn has ended (e.g. 60s, 5m; 0: never)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l log-format -d 'Log line format' -r -f -a "text\t''
json\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l sandbox -d 'How tools are confined, as for `ant local serve`' -r -f -a "auto\t''
bwrap\t''
landlock\t''
none\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l worker-id -d 'This worker\'s id [default: <hostname>-<16 hex>]' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l on-work -d 'Run this script for each claimed item (the item\'s JSON on stdin) instead of serving it here' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l unrestricted-paths -d 'Not supported: file tools always stay inside --workdir (and bash in its sandbox)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from poll" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l environment-id -d 'The self-hosted environment to work for' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l environment-key -d 'The environment\'s key (`ant local environment-key` issues one for the local server)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l workdir -d 'Where tools run: the files they read and write live here' -r -F
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l max-idle -d 'Hand the item back after this long without events once a turn has ended (e.g. 60s, 5m; 0: never)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l log-format -d 'Log line format' -r -f -a "text\t''
json\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l sandbox -d 'How tools are confined, as for `ant local serve`' -r -f -a "auto\t''
bwrap\t''
landlock\t''
none\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l session-id -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l work-id -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l unrestricted-paths -d 'Not supported: file tools always stay inside --workdir (and bash in its sandbox)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from help" -f -a "poll" -d 'Poll the environment\'s work queue and serve each claimed session\'s tool calls'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from help" -f -a "run" -d 'Serve one already-claimed work item (what an --on-work script\'s container runs)'
complete -c ant -n "__fish_ant_using_subcommand beta:worker; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand apply" -l lock-file -d 'The lockfile (default: the nearest claude-lock.json up to the repository root)' -r -F
complete -c ant -n "__fish_ant_using_subcommand apply" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand apply" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand apply" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand apply" -l dry-run -d 'Show the plan; send and write nothing'
complete -c ant -n "__fish_ant_using_subcommand apply" -s y -l yes -d 'Apply without asking (required without a terminal)'
complete -c ant -n "__fish_ant_using_subcommand apply" -l force -d 'Overwrite drift and recreate archived or deleted resources'
complete -c ant -n "__fish_ant_using_subcommand apply" -l prune -d 'Archive resources whose files are gone'
complete -c ant -n "__fish_ant_using_subcommand apply" -s v -l verbose -d 'Also list unchanged resources'
complete -c ant -n "__fish_ant_using_subcommand apply" -l upgrade -d 'Fetch URL sources (skills on GitHub) again instead of the commits the lockfile pinned'
complete -c ant -n "__fish_ant_using_subcommand apply" -l detailed-exitcode -d 'Exit 0 when there is nothing to do, 2 when there are changes, 1 on error'
complete -c ant -n "__fish_ant_using_subcommand apply" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand apply" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand apply" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand apply" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand validate" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand validate" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand validate" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand validate" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand validate" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand validate" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand validate" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -f -a "login" -d 'Log in via browser (OAuth)'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -f -a "logout" -d 'Remove stored credentials'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -f -a "status" -d 'Show current authentication status'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -f -a "print-credentials" -d 'Print credentials for the active profile, refreshing the access token if it is expired or near expiry'
complete -c ant -n "__fish_ant_using_subcommand auth; and not __fish_seen_subcommand_from login logout status print-credentials help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l console-url -d 'Base URL for the OAuth authorize page [default: https://platform.claude.com]' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l callback-port -d 'Local port for the OAuth callback (0 = ephemeral). Use a fixed port when port-forwarding from a remote host [default: 0]' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'How long to wait for the browser callback' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l client-id -d 'OAuth client_id (overrides the profile\'s stored value; defaults to the ant-cli prod client)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l scope -d 'OAuth scope to request (space-separated; overrides the profile\'s stored scope or the default)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-browser -d 'Print the authorize URL instead of opening a browser (with --callback-port: wait for the callback on that port, e.g. through `ssh -L`; without: paste the code the page shows)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l all -d 'Remove all profiles and credentials'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l access-token -d 'Print only the bare access token instead of the full JSON object'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l env -d 'Print credentials as KEY=value lines (.env file format)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from print-credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Log in via browser (OAuth)'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove stored credentials'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show current authentication status'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "print-credentials" -d 'Print credentials for the active profile, refreshing the access token if it is expired or near expiry'
complete -c ant -n "__fish_ant_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -f -a "activate" -d 'Set the active profile'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -f -a "list" -d 'List configured profiles (the active one marked *)'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -f -a "get" -d 'Print the profile config (or one field)'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -f -a "set" -d 'Set a field in the profile config: workspace_id, base_url, organization_id; on `ant auth login` profiles also scope, client_id, console_url'
complete -c ant -n "__fish_ant_using_subcommand profile; and not __fish_seen_subcommand_from activate list get set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from activate" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "activate" -d 'Set the active profile'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'List configured profiles (the active one marked *)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the profile config (or one field)'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Set a field in the profile config: workspace_id, base_url, organization_id; on `ant auth login` profiles also scope, client_id, console_url'
complete -c ant -n "__fish_ant_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand completion" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completion" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand completion" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand completion" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand completion" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand completion" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand completion" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand @completion" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand @completion" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand @completion" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand @completion" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand @completion" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand @completion" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand @completion" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand __complete" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand __complete" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand __complete" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand __complete" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand __complete" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand __complete" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand @manpages" -s o -l output -d 'write manpages to the given folder' -r -f -a "(__fish_complete_directories)"
complete -c ant -n "__fish_ant_using_subcommand @manpages" -s z -l gzip -d 'output gzipped manpage files to .gz' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l text -d 'output uncompressed text files' -r -f -a "true\t''
false\t''"
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l api-key -d 'API key, sent as x-api-key' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l auth-token -d 'Bearer token, sent as Authorization' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l format -d 'Output format (reads default to explore on a terminal, json elsewhere)' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l format-error -d 'Output format of API error bodies' -r -f -a "auto\t''
explore\t''
human\t''
json\t''
jsonl\t''
pretty\t''
raw\t''
yaml\t''"
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l transform -d 'GJSON path applied to the result, or to each item of a list or stream' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l transform-error -d 'GJSON path applied to API error bodies' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l base-url -d 'API base URL' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l profile -d 'Profile under $ANTHROPIC_CONFIG_DIR (default: active_config, else `default`)' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l workspace-id -d 'Sent as anthropic-workspace-id' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l max-retries -d 'Retries on connection errors, 408, 429 and 5xx' -r
complete -c ant -n "__fish_ant_using_subcommand @manpages" -s r -l raw-output -d 'Print a string result without quotes'
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l debug -d 'Print HTTP requests and responses to stderr (secrets redacted)'
complete -c ant -n "__fish_ant_using_subcommand @manpages" -l local -d 'Use the local server (`ant local serve`), starting it when none runs'
complete -c ant -n "__fish_ant_using_subcommand @manpages" -s h -l help -d 'Print help'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:agents" -d 'Agents: a model, a system prompt and tools, versioned'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:agents:versions" -d 'The versions of an agent'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:environments" -d 'Environments: where sessions run (cloud or self-hosted)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:environments:work" -d 'A self-hosted environment\'s work queue (the worker uses it)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions:events" -d 'A session\'s events: send input, list the log, stream it live'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions:resources" -d 'Files and repositories mounted into a session'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions:threads" -d 'The threads of a multi-agent session'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions:threads:events" -d 'A thread\'s events: list them, stream them live'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:deployments" -d 'Deployments: sessions started on a schedule or on demand'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:deployment-runs" -d 'The runs of deployments'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:vaults" -d 'Vaults: credentials that sessions use for MCP servers'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:vaults:credentials" -d 'The credentials in a vault'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:memory-stores" -d 'Memory stores: files an agent remembers across sessions'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:memory-stores:memories" -d 'The memories in a memory store'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:memory-stores:memory-versions" -d 'The history of a memory store\'s memories'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:files" -d 'Files: upload once, use in messages and sessions'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:skills" -d 'Skills: folders of instructions and scripts an agent can load'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:skills:versions" -d 'The versions of a skill'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:user-profiles" -d 'User profiles: the end users you act for'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:dreams" -d 'Dreams: offline consolidation of memory stores'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:tunnels" -d 'MCP tunnels: reach MCP servers on a private network'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:tunnels:certificates" -d 'The CA certificates a tunnel trusts'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "messages" -d 'The Messages API: send a conversation, get the model\'s reply'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "messages:batches" -d 'Many Messages requests at once, processed asynchronously'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:messages" -d 'The Messages API with beta features (MCP servers, context management, ...)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:messages:batches" -d 'Message batches with beta features'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "models" -d 'The models the API offers'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:models" -d 'The models the API offers, through the beta API'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "completions" -d 'Legacy text completions'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "stream" -d 'Stream a session\'s events (short for beta:sessions:events stream)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "run" -d 'Run a task: create a session for AGENT, send TASK, and show the work until idle'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "chat" -d 'Talk to a session: the live view, a prompt, approvals and custom tool answers'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "local" -d 'The local runner: the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:worker" -d 'Self-hosted hands: serve a self_hosted environment\'s tool calls on this machine'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "apply" -d 'Create or update agents and environments from files, tracked in claude-lock.json'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "validate" -d 'Check template files offline: syntax, fields, references and the API\'s rules'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "auth" -d 'Manage authentication'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "profile" -d 'Manage configuration profiles'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "completion" -d 'Print a shell completion script'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "@completion" -d 'Print a dynamic completion script (bash, zsh, fish, pwsh)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "__complete"
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "@manpages" -d 'Generate documentation for \'man\''
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:environments:work beta:sessions beta:sessions:events beta:sessions:resources beta:sessions:threads beta:sessions:threads:events beta:deployments beta:deployment-runs beta:vaults beta:vaults:credentials beta:memory-stores beta:memory-stores:memories beta:memory-stores:memory-versions beta:files beta:skills beta:skills:versions beta:user-profiles beta:dreams beta:tunnels beta:tunnels:certificates messages messages:batches beta:messages beta:messages:batches models beta:models completions stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "serve" -d 'Serve the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "doctor" -d 'Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "environment-key" -d 'Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from local" -f -a "api-key" -d 'Print the key the server of the data dir requires when it is given none (made if absent)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:worker" -f -a "poll" -d 'Poll the environment\'s work queue and serve each claimed session\'s tool calls'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:worker" -f -a "run" -d 'Serve one already-claimed work item (what an --on-work script\'s container runs)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Log in via browser (OAuth)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove stored credentials'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show current authentication status'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "print-credentials" -d 'Print credentials for the active profile, refreshing the access token if it is expired or near expiry'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "activate" -d 'Set the active profile'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'List configured profiles (the active one marked *)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "get" -d 'Print the profile config (or one field)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Set a field in the profile config: workspace_id, base_url, organization_id; on `ant auth login` profiles also scope, client_id, console_url'
