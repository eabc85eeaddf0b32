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
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_needs_command" -f -a "sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_needs_command" -f -a "beta:sessions:events" -d 'A session\'s events: send input, list the log, stream it live'
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
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from create" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:agents; and __fish_seen_subcommand_from update" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from create" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server.type -d 'Sets `type` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l mcp-server.url -d 'Sets `url` of --mcp-server (string)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l multiagent.agents -d 'Sets `agents` of --multiagent (YAML/JSON value)' -r
complete -c ant -n "__fish_ant_using_subcommand agents; and __fish_seen_subcommand_from update" -l multiagent.type -d 'Sets `type` of --multiagent (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from create" -l scope -d 'Body `scope` (string, or null)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from update" -l scope -d 'Body `scope` (string, or null)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:environments; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from create" -l scope -d 'Body `scope` (string, or null)' -r
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
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from update" -l scope -d 'Body `scope` (string, or null)' -r
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
complete -c ant -n "__fish_ant_using_subcommand environments; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand beta:sessions; and __fish_seen_subcommand_from list" -l status -d 'Query `statuses` (string, repeatable)' -r
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
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l page -d 'Query `page` (string)' -r
complete -c ant -n "__fish_ant_using_subcommand sessions; and __fish_seen_subcommand_from list" -l status -d 'Query `statuses` (string, repeatable)' -r
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
complete -c ant -n "__fish_ant_using_subcommand beta:sessions:events; and __fish_seen_subcommand_from list" -l order -d 'Query `order` (string)' -r
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
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:agents" -d 'Agents: a model, a system prompt and tools, versioned'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:agents:versions" -d 'The versions of an agent'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:environments" -d 'Environments: where sessions run (cloud or self-hosted)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions" -d 'Sessions: an agent at work in an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:sessions:events" -d 'A session\'s events: send input, list the log, stream it live'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "stream" -d 'Stream a session\'s events (short for beta:sessions:events stream)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "run" -d 'Run a task: create a session for AGENT, send TASK, and show the work until idle'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "chat" -d 'Talk to a session: the live view, a prompt, approvals and custom tool answers'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "local" -d 'The local runner: the Managed Agents API on this machine'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "beta:worker" -d 'Self-hosted hands: serve a self_hosted environment\'s tool calls on this machine'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "apply" -d 'Create or update agents and environments from files, tracked in claude-lock.json'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "validate" -d 'Check template files offline: syntax, fields, references and the API\'s rules'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "auth" -d 'Manage authentication'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "profile" -d 'Manage configuration profiles'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "completion" -d 'Print a shell completion script'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "@completion" -d 'Print a dynamic completion script (bash, zsh, fish, pwsh)'
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "__complete"
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "@manpages" -d 'Generate documentation for \'man\''
complete -c ant -n "__fish_ant_using_subcommand help; and not __fish_seen_subcommand_from beta:agents beta:agents:versions beta:environments beta:sessions beta:sessions:events stream run chat local beta:worker apply validate auth profile completion @completion __complete @manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents" -f -a "create" -d 'Create an agent'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents" -f -a "retrieve" -d 'Get an agent (its latest version, or --version N)'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents" -f -a "update" -d 'Update an agent, making a new version'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents" -f -a "list" -d 'List agents'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents" -f -a "archive" -d 'Archive an agent'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:agents:versions" -f -a "list" -d 'List an agent\'s versions'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "create" -d 'Create an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "retrieve" -d 'Get an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "update" -d 'Update an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "list" -d 'List environments'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "delete" -d 'Delete an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:environments" -f -a "archive" -d 'Archive an environment'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "create" -d 'Create a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "retrieve" -d 'Get a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "update" -d 'Update a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "list" -d 'List sessions'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "delete" -d 'Delete a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions" -f -a "archive" -d 'Archive a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions:events" -f -a "list" -d 'List a session\'s events'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions:events" -f -a "send" -d 'Send events to a session'
complete -c ant -n "__fish_ant_using_subcommand help; and __fish_seen_subcommand_from beta:sessions:events" -f -a "stream" -d 'Stream a session\'s events as they happen (one JSON value per event)'
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
