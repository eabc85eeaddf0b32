#compdef ant

autoload -U is-at-least

_ant() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_ant_commands" \
"*::: :->ant" \
&& ret=0
    case $state in
    (ant)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-command-$line[1]:"
        case $line[1] in
            (beta:agents)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:agents_commands" \
"*::: :->beta:agents" \
&& ret=0

    case $state in
    (beta:agents)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--model=[Body \`model\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--multiagent=[Body \`multiagent\` (YAML/JSON object)]:YAML:_default' \
'*--skill=[Body \`skills\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--system=[Body \`system\` (string, or null)]:STRING:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON value)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--version=[Query \`version\` (integer)]:INT:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--model=[Body \`model\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--multiagent=[Body \`multiagent\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--skill=[Body \`skills\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--system=[Body \`system\` (string, or null)]:STRING:_default' \
'*--tool=[Body \`tools\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--version=[Body \`version\` (integer)]:INT:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON value)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:agents__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(agents)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:agents_commands" \
"*::: :->beta:agents" \
&& ret=0

    case $state in
    (beta:agents)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--model=[Body \`model\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--multiagent=[Body \`multiagent\` (YAML/JSON object)]:YAML:_default' \
'*--skill=[Body \`skills\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--system=[Body \`system\` (string, or null)]:STRING:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON value)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--version=[Query \`version\` (integer)]:INT:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--model=[Body \`model\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--multiagent=[Body \`multiagent\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--skill=[Body \`skills\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--system=[Body \`system\` (string, or null)]:STRING:_default' \
'*--tool=[Body \`tools\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--version=[Body \`version\` (integer)]:INT:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON value)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:agents__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(beta:agents:versions)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:agents:versions_commands" \
"*::: :->beta:agents:versions" \
&& ret=0

    case $state in
    (beta:agents:versions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents:versions-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Path id (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --agent-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:agents:versions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:agents:versions-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(beta:environments)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:environments_commands" \
"*::: :->beta:environments" \
&& ret=0

    case $state in
    (beta:environments)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--config=[Body \`config\` (YAML/JSON object)]:YAML:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--scope=[Body \`scope\` (string, or null)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--config=[Body \`config\` (YAML/JSON object)]:YAML:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string, or null)]:STRING:_default' \
'*--scope=[Body \`scope\` (string, or null)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:environments__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(environments)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:environments_commands" \
"*::: :->beta:environments" \
&& ret=0

    case $state in
    (beta:environments)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--config=[Body \`config\` (YAML/JSON object)]:YAML:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--scope=[Body \`scope\` (string, or null)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--config=[Body \`config\` (YAML/JSON object)]:YAML:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string, or null)]:STRING:_default' \
'*--scope=[Body \`scope\` (string, or null)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:environments__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(beta:sessions)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:sessions_commands" \
"*::: :->beta:sessions" \
&& ret=0

    case $state in
    (beta:sessions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--agent=[Body \`agent\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--environment-id=[Body \`environment_id\` (string)]:STRING:_default' \
'*--initial-event=[Body \`initial_events\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--resource=[Body \`resources\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--title=[Body \`title\` (string, or null)]:STRING:_default' \
'*--vault-id=[Body \`vault_ids\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--agent=[Body \`agent\` (YAML/JSON object)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--title=[Body \`title\` (string, or null)]:STRING:_default' \
'*--vault-id=[Body \`vault_ids\` (string, repeatable)]:STRING:_default' \
'*--agent.mcp-servers=[Sets \`mcp_servers\` of --agent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--agent.tools=[Sets \`tools\` of --agent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Query \`agent_id\` (string)]:STRING:_default' \
'*--agent-version=[Query \`agent_version\` (integer)]:INT:_default' \
'*--created-at-gt=[Query \`created_at\[gt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lt=[Query \`created_at\[lt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--deployment-id=[Query \`deployment_id\` (string)]:STRING:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--memory-store-id=[Query \`memory_store_id\` (string)]:STRING:_default' \
'*--order=[Query \`order\` (string)]:STRING:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--status=[Query \`statuses\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:sessions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sessions)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:sessions_commands" \
"*::: :->beta:sessions" \
&& ret=0

    case $state in
    (beta:sessions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--agent=[Body \`agent\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--environment-id=[Body \`environment_id\` (string)]:STRING:_default' \
'*--initial-event=[Body \`initial_events\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--resource=[Body \`resources\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--title=[Body \`title\` (string, or null)]:STRING:_default' \
'*--vault-id=[Body \`vault_ids\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--agent=[Body \`agent\` (YAML/JSON object)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--title=[Body \`title\` (string, or null)]:STRING:_default' \
'*--vault-id=[Body \`vault_ids\` (string, repeatable)]:STRING:_default' \
'*--agent.mcp-servers=[Sets \`mcp_servers\` of --agent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--agent.tools=[Sets \`tools\` of --agent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Query \`agent_id\` (string)]:STRING:_default' \
'*--agent-version=[Query \`agent_version\` (integer)]:INT:_default' \
'*--created-at-gt=[Query \`created_at\[gt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lt=[Query \`created_at\[lt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--deployment-id=[Query \`deployment_id\` (string)]:STRING:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--memory-store-id=[Query \`memory_store_id\` (string)]:STRING:_default' \
'*--order=[Query \`order\` (string)]:STRING:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--status=[Query \`statuses\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:sessions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(beta:sessions:events)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:sessions:events_commands" \
"*::: :->beta:sessions:events" \
&& ret=0

    case $state in
    (beta:sessions:events)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:events-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--created-at-gt=[Query \`created_at\[gt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lt=[Query \`created_at\[lt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--order=[Query \`order\` (string)]:STRING:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--type=[Query \`types\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--event=[Body \`events\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(stream)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--event-delta=[Query \`event_deltas\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--until-idle[Stop when the session goes idle\: exit 0 for end_turn, 2 for requires_action, 1 for an error]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:sessions:events__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:events-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stream)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(stream)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--event-delta=[Query \`event_deltas\` (string, repeatable)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'--max-items=[Stop after N items (-1\: no limit)]:N:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--until-idle[Stop when the session goes idle\: exit 0 for end_turn, 2 for requires_action, 1 for an error]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
'--environment=[Environment to run in \[default\: a new one\]]:ENV_ID:_default' \
'--replay=[With --local\: play recorded model responses from FILE (no model needed)]:FILE:_files' \
'*--event-delta=[Show events of TYPE (agent.message) as they are generated]:TYPE:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':agent -- An agent id, or a YAML/JSON file holding an agent create body:_default' \
':task -- The first user message:_default' \
&& ret=0
;;
(chat)
_arguments "${_arguments_options[@]}" : \
'*--tool-handler=[Answer custom tool NAME by running COMMAND (input JSON on stdin, result from stdout)]:NAME=COMMAND:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':session:_default' \
&& ret=0
;;
(local)
_arguments "${_arguments_options[@]}" : \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__local_commands" \
"*::: :->local" \
&& ret=0

    case $state in
    (local)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-local-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--addr=[Address to listen on (HOST\:PORT). A non-loopback address needs --api-key]:ADDR:_default' \
'--data-dir=[Where the database and session workspaces live \[default\: the platform data dir, e.g. ~/.local/share/ant\]]:DATA_DIR:_files' \
'--api-key=[Key that every request must carry (x-api-key or Authorization\: Bearer) \[default\: the data dir'\''s api-key file, made at first start\]]:KEY:_default' \
'--model-url=[Model endpoint\: Anthropic'\''s API by default; an OpenAI-style base URL with --model-api openai]:MODEL_URL:_default' \
'--model-api=[Wire format of the model endpoint]:MODEL_API:(anthropic openai)' \
'*--model-map=[Run agents written for model FROM on model TO (repeatable; FROM may be \`*\`)]:FROM=TO:_default' \
'(--replay)--record=[Write every model response to FILE (JSON lines) for a later --replay]:FILE:_files' \
'--replay=[Play model responses back from FILE instead of calling a model]:FILE:_files' \
'--work-lease-seconds=[Lease of a self-hosted worker on a work item, renewed by its heartbeats]:SECONDS:_default' \
'--sandbox=[How tools are confined\: auto (bwrap, else landlock), bwrap, landlock, or none (no isolation)]:SANDBOX:(auto bwrap landlock none)' \
'--shell-idle-seconds=[How long an idle session'\''s bash shell lives on unused; the next call starts a new one]:SECONDS:_default' \
'--max-file-bytes=[The most one uploaded file may hold, in bytes (the Files API'\''s limit, 500 MiB, by default)]:BYTES:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
'--data-dir=[The data dir the server would use (hidden from tools) \[default\: the platform data dir\]]:DATA_DIR:_files' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(environment-key)
_arguments "${_arguments_options[@]}" : \
'--data-dir=[The server'\''s data dir \[default\: the platform data dir\]]:DATA_DIR:_files' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':environment_id -- The self-hosted environment whose workers the key authorises:_default' \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
'--data-dir=[The server'\''s data dir \[default\: the platform data dir\]]:DATA_DIR:_files' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__local__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-local-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(environment-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(beta:worker)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__beta:worker_commands" \
"*::: :->beta:worker" \
&& ret=0

    case $state in
    (beta:worker)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:worker-command-$line[1]:"
        case $line[1] in
            (poll)
_arguments "${_arguments_options[@]}" : \
'--environment-id=[The self-hosted environment to work for]:ENVIRONMENT_ID:_default' \
'--environment-key=[The environment'\''s key (\`ant local environment-key\` issues one for the local server)]:ENVIRONMENT_KEY:_default' \
'--workdir=[Where tools run\: the files they read and write live here]:WORKDIR:_files' \
'--max-idle=[Hand the item back after this long without events once a turn has ended (e.g. 60s, 5m; 0\: never)]:MAX_IDLE:_default' \
'--log-format=[Log line format]:LOG_FORMAT:(text json)' \
'--sandbox=[How tools are confined, as for \`ant local serve\`]:SANDBOX:(auto bwrap landlock none)' \
'--worker-id=[This worker'\''s id \[default\: <hostname>-<16 hex>\]]:WORKER_ID:_default' \
'--on-work=[Run this script for each claimed item (the item'\''s JSON on stdin) instead of serving it here]:ON_WORK:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--unrestricted-paths[Not supported\: file tools always stay inside --workdir (and bash in its sandbox)]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
'--environment-id=[The self-hosted environment to work for]:ENVIRONMENT_ID:_default' \
'--environment-key=[The environment'\''s key (\`ant local environment-key\` issues one for the local server)]:ENVIRONMENT_KEY:_default' \
'--workdir=[Where tools run\: the files they read and write live here]:WORKDIR:_files' \
'--max-idle=[Hand the item back after this long without events once a turn has ended (e.g. 60s, 5m; 0\: never)]:MAX_IDLE:_default' \
'--log-format=[Log line format]:LOG_FORMAT:(text json)' \
'--sandbox=[How tools are confined, as for \`ant local serve\`]:SANDBOX:(auto bwrap landlock none)' \
'--session-id=[]:SESSION_ID:_default' \
'--work-id=[]:WORK_ID:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--unrestricted-paths[Not supported\: file tools always stay inside --workdir (and bash in its sandbox)]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:worker__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:worker-help-command-$line[1]:"
        case $line[1] in
            (poll)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(apply)
_arguments "${_arguments_options[@]}" : \
'--lock-file=[The lockfile (default\: the nearest claude-lock.json up to the repository root)]:PATH:_files' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--dry-run[Show the plan; send and write nothing]' \
'-y[Apply without asking (required without a terminal)]' \
'--yes[Apply without asking (required without a terminal)]' \
'--force[Overwrite drift and recreate archived or deleted resources]' \
'--prune[Archive resources whose files are gone]' \
'-v[Also list unchanged resources]' \
'--verbose[Also list unchanged resources]' \
'--detailed-exitcode[Exit 0 when there is nothing to do, 2 when there are changes, 1 on error]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::paths -- Files or directories (default\: every file in the lockfile):_files' \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::paths:_files' \
&& ret=0
;;
(auth)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__auth_commands" \
"*::: :->auth" \
&& ret=0

    case $state in
    (auth)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-auth-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
'--console-url=[Base URL for the OAuth authorize page \[default\: https\://platform.claude.com\]]:URL:_default' \
'--callback-port=[Local port for the OAuth callback (0 = ephemeral). Use a fixed port when port-forwarding from a remote host \[default\: 0\]]:PORT:_default' \
'--timeout=[How long to wait for the browser callback]:TIMEOUT:_default' \
'--client-id=[OAuth client_id (overrides the profile'\''s stored value; defaults to the ant-cli prod client)]:ID:_default' \
'--scope=[OAuth scope to request (space-separated; overrides the profile'\''s stored scope or the default)]:SCOPE:_default' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--no-browser[Print the authorize URL instead of opening a browser (with --callback-port\: wait for the callback on that port, e.g. through \`ssh -L\`; without\: paste the code the page shows)]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'--all[Remove all profiles and credentials]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(print-credentials)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'(--env)--access-token[Print only the bare access token instead of the full JSON object]' \
'--env[Print credentials as KEY=value lines (.env file format)]' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__auth__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-auth-help-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(print-credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(profile)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_ant__subcmd__profile_commands" \
"*::: :->profile" \
&& ret=0

    case $state in
    (profile)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-profile-command-$line[1]:"
        case $line[1] in
            (activate)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'::key:_default' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':key:_default' \
':value:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__profile__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-profile-help-command-$line[1]:"
        case $line[1] in
            (activate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completion)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
':shell:(bash zsh fish pwsh elvish)' \
&& ret=0
;;
(@completion)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'::shell:_default' \
&& ret=0
;;
(__complete)
_arguments "${_arguments_options[@]}" : \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'*::words:_default' \
&& ret=0
;;
(@manpages)
_arguments "${_arguments_options[@]}" : \
'-o+[write manpages to the given folder]:DIR:_files -/' \
'--output=[write manpages to the given folder]:DIR:_files -/' \
'-z+[output gzipped manpage files to .gz]:: :(true false)' \
'--gzip=[output gzipped manpage files to .gz]:: :(true false)' \
'--text=[output uncompressed text files]:: :(true false)' \
'--api-key=[API key, sent as x-api-key]:KEY:_default' \
'--auth-token=[Bearer token, sent as Authorization]:TOKEN:_default' \
'--format=[Output format (reads default to explore on a terminal, json elsewhere)]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--format-error=[Output format of API error bodies]:FORMAT:(auto explore human json jsonl pretty raw yaml)' \
'--transform=[GJSON path applied to the result, or to each item of a list or stream]:GJSON:_default' \
'--transform-error=[GJSON path applied to API error bodies]:GJSON:_default' \
'--base-url=[API base URL]:URL:_default' \
'--profile=[Profile under \$ANTHROPIC_CONFIG_DIR (default\: active_config, else \`default\`)]:NAME:_default' \
'--workspace-id=[Sent as anthropic-workspace-id]:ID:_default' \
'--max-retries=[Retries on connection errors, 408, 429 and 5xx]:N:_default' \
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-command-$line[1]:"
        case $line[1] in
            (beta:agents)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:agents_commands" \
"*::: :->beta:agents" \
&& ret=0

    case $state in
    (beta:agents)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:agents-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(beta:agents:versions)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:agents:versions_commands" \
"*::: :->beta:agents:versions" \
&& ret=0

    case $state in
    (beta:agents:versions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:agents:versions-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(beta:environments)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:environments_commands" \
"*::: :->beta:environments" \
&& ret=0

    case $state in
    (beta:environments)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:environments-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(beta:sessions)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:sessions_commands" \
"*::: :->beta:sessions" \
&& ret=0

    case $state in
    (beta:sessions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:sessions-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(beta:sessions:events)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:sessions:events_commands" \
"*::: :->beta:sessions:events" \
&& ret=0

    case $state in
    (beta:sessions:events)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:sessions:events-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stream)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(stream)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chat)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(local)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__local_commands" \
"*::: :->local" \
&& ret=0

    case $state in
    (local)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-local-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(doctor)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(environment-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(beta:worker)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__beta:worker_commands" \
"*::: :->beta:worker" \
&& ret=0

    case $state in
    (beta:worker)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-beta:worker-command-$line[1]:"
        case $line[1] in
            (poll)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(apply)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(auth)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__auth_commands" \
"*::: :->auth" \
&& ret=0

    case $state in
    (auth)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-auth-command-$line[1]:"
        case $line[1] in
            (login)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(logout)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(status)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(print-credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(profile)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__help__subcmd__profile_commands" \
"*::: :->profile" \
&& ret=0

    case $state in
    (profile)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-help-profile-command-$line[1]:"
        case $line[1] in
            (activate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(get)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completion)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(@completion)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(__complete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(@manpages)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_ant_commands] )) ||
_ant_commands() {
    local commands; commands=(
'beta:agents:Agents\: a model, a system prompt and tools, versioned' \
'agents:Agents\: a model, a system prompt and tools, versioned' \
'beta:agents:versions:The versions of an agent' \
'beta:environments:Environments\: where sessions run (cloud or self-hosted)' \
'environments:Environments\: where sessions run (cloud or self-hosted)' \
'beta:sessions:Sessions\: an agent at work in an environment' \
'sessions:Sessions\: an agent at work in an environment' \
'beta:sessions:events:A session'\''s events\: send input, list the log, stream it live' \
'stream:Stream a session'\''s events (short for beta\:sessions\:events stream)' \
'run:Run a task\: create a session for AGENT, send TASK, and show the work until idle' \
'chat:Talk to a session\: the live view, a prompt, approvals and custom tool answers' \
'local:The local runner\: the Managed Agents API on this machine' \
'beta:worker:Self-hosted hands\: serve a self_hosted environment'\''s tool calls on this machine' \
'apply:Create or update agents and environments from files, tracked in claude-lock.json' \
'validate:Check template files offline\: syntax, fields, references and the API'\''s rules' \
'auth:Manage authentication' \
'profile:Manage configuration profiles' \
'completion:Print a shell completion script' \
'@completion:Print a dynamic completion script (bash, zsh, fish, pwsh)' \
'__complete:' \
'@manpages:Generate documentation for '\''man'\''' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant commands' commands "$@"
}
(( $+functions[_ant__subcmd__@completion_commands] )) ||
_ant__subcmd__@completion_commands() {
    local commands; commands=()
    _describe -t commands 'ant @completion commands' commands "$@"
}
(( $+functions[_ant__subcmd__@manpages_commands] )) ||
_ant__subcmd__@manpages_commands() {
    local commands; commands=()
    _describe -t commands 'ant @manpages commands' commands "$@"
}
(( $+functions[_ant__subcmd____complete_commands] )) ||
_ant__subcmd____complete_commands() {
    local commands; commands=()
    _describe -t commands 'ant __complete commands' commands "$@"
}
(( $+functions[_ant__subcmd__apply_commands] )) ||
_ant__subcmd__apply_commands() {
    local commands; commands=()
    _describe -t commands 'ant apply commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth_commands] )) ||
_ant__subcmd__auth_commands() {
    local commands; commands=(
'login:Log in via browser (OAuth)' \
'logout:Remove stored credentials' \
'status:Show current authentication status' \
'print-credentials:Print credentials for the active profile, refreshing the access token if it is expired or near expiry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant auth commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help_commands] )) ||
_ant__subcmd__auth__subcmd__help_commands() {
    local commands; commands=(
'login:Log in via browser (OAuth)' \
'logout:Remove stored credentials' \
'status:Show current authentication status' \
'print-credentials:Print credentials for the active profile, refreshing the access token if it is expired or near expiry' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant auth help commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__auth__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help__subcmd__login_commands] )) ||
_ant__subcmd__auth__subcmd__help__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth help login commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help__subcmd__logout_commands] )) ||
_ant__subcmd__auth__subcmd__help__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth help logout commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help__subcmd__print-credentials_commands] )) ||
_ant__subcmd__auth__subcmd__help__subcmd__print-credentials_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth help print-credentials commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__help__subcmd__status_commands] )) ||
_ant__subcmd__auth__subcmd__help__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth help status commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__login_commands] )) ||
_ant__subcmd__auth__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth login commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__logout_commands] )) ||
_ant__subcmd__auth__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth logout commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__print-credentials_commands] )) ||
_ant__subcmd__auth__subcmd__print-credentials_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth print-credentials commands' commands "$@"
}
(( $+functions[_ant__subcmd__auth__subcmd__status_commands] )) ||
_ant__subcmd__auth__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'ant auth status commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents_commands] )) ||
_ant__subcmd__beta:agents_commands() {
    local commands; commands=(
'create:Create an agent' \
'retrieve:Get an agent (its latest version, or --version N)' \
'update:Update an agent, making a new version' \
'list:List agents' \
'archive:Archive an agent' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:agents commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__archive_commands] )) ||
_ant__subcmd__beta:agents__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__create_commands] )) ||
_ant__subcmd__beta:agents__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help_commands() {
    local commands; commands=(
'create:Create an agent' \
'retrieve:Get an agent (its latest version, or --version N)' \
'update:Update an agent, making a new version' \
'list:List agents' \
'archive:Archive an agent' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:agents help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:agents__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__list_commands] )) ||
_ant__subcmd__beta:agents__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:agents__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents__subcmd__update_commands] )) ||
_ant__subcmd__beta:agents__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents:versions_commands] )) ||
_ant__subcmd__beta:agents:versions_commands() {
    local commands; commands=(
'list:List an agent'\''s versions' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:agents:versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents:versions__subcmd__help_commands] )) ||
_ant__subcmd__beta:agents:versions__subcmd__help_commands() {
    local commands; commands=(
'list:List an agent'\''s versions' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:agents:versions help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents:versions__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:agents:versions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents:versions help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents:versions__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:agents:versions__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents:versions help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:agents:versions__subcmd__list_commands] )) ||
_ant__subcmd__beta:agents:versions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:agents:versions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments_commands] )) ||
_ant__subcmd__beta:environments_commands() {
    local commands; commands=(
'create:Create an environment' \
'retrieve:Get an environment' \
'update:Update an environment' \
'list:List environments' \
'delete:Delete an environment' \
'archive:Archive an environment' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:environments commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__archive_commands] )) ||
_ant__subcmd__beta:environments__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__create_commands] )) ||
_ant__subcmd__beta:environments__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__delete_commands] )) ||
_ant__subcmd__beta:environments__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help_commands() {
    local commands; commands=(
'create:Create an environment' \
'retrieve:Get an environment' \
'update:Update an environment' \
'list:List environments' \
'delete:Delete an environment' \
'archive:Archive an environment' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:environments help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:environments__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__list_commands] )) ||
_ant__subcmd__beta:environments__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:environments__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments__subcmd__update_commands] )) ||
_ant__subcmd__beta:environments__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions_commands] )) ||
_ant__subcmd__beta:sessions_commands() {
    local commands; commands=(
'create:Create a session' \
'retrieve:Get a session' \
'update:Update a session' \
'list:List sessions' \
'delete:Delete a session' \
'archive:Archive a session' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__archive_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__create_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__delete_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help_commands() {
    local commands; commands=(
'create:Create a session' \
'retrieve:Get a session' \
'update:Update a session' \
'list:List sessions' \
'delete:Delete a session' \
'archive:Archive a session' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions__subcmd__update_commands] )) ||
_ant__subcmd__beta:sessions__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events_commands] )) ||
_ant__subcmd__beta:sessions:events_commands() {
    local commands; commands=(
'list:List a session'\''s events' \
'send:Send events to a session' \
'stream:Stream a session'\''s events as they happen (one JSON value per event)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:events commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__help_commands() {
    local commands; commands=(
'list:List a session'\''s events' \
'send:Send events to a session' \
'stream:Stream a session'\''s events as they happen (one JSON value per event)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:events help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__send_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events help send commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__stream_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__help__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events help stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__send_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events send commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:events__subcmd__stream_commands] )) ||
_ant__subcmd__beta:sessions:events__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:events stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker_commands] )) ||
_ant__subcmd__beta:worker_commands() {
    local commands; commands=(
'poll:Poll the environment'\''s work queue and serve each claimed session'\''s tool calls' \
'run:Serve one already-claimed work item (what an --on-work script'\''s container runs)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:worker commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__help_commands] )) ||
_ant__subcmd__beta:worker__subcmd__help_commands() {
    local commands; commands=(
'poll:Poll the environment'\''s work queue and serve each claimed session'\''s tool calls' \
'run:Serve one already-claimed work item (what an --on-work script'\''s container runs)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:worker help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:worker__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:worker help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__help__subcmd__poll_commands] )) ||
_ant__subcmd__beta:worker__subcmd__help__subcmd__poll_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:worker help poll commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__help__subcmd__run_commands] )) ||
_ant__subcmd__beta:worker__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:worker help run commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__poll_commands] )) ||
_ant__subcmd__beta:worker__subcmd__poll_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:worker poll commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:worker__subcmd__run_commands] )) ||
_ant__subcmd__beta:worker__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:worker run commands' commands "$@"
}
(( $+functions[_ant__subcmd__chat_commands] )) ||
_ant__subcmd__chat_commands() {
    local commands; commands=()
    _describe -t commands 'ant chat commands' commands "$@"
}
(( $+functions[_ant__subcmd__completion_commands] )) ||
_ant__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'ant completion commands' commands "$@"
}
(( $+functions[_ant__subcmd__help_commands] )) ||
_ant__subcmd__help_commands() {
    local commands; commands=(
'beta:agents:Agents\: a model, a system prompt and tools, versioned' \
'beta:agents:versions:The versions of an agent' \
'beta:environments:Environments\: where sessions run (cloud or self-hosted)' \
'beta:sessions:Sessions\: an agent at work in an environment' \
'beta:sessions:events:A session'\''s events\: send input, list the log, stream it live' \
'stream:Stream a session'\''s events (short for beta\:sessions\:events stream)' \
'run:Run a task\: create a session for AGENT, send TASK, and show the work until idle' \
'chat:Talk to a session\: the live view, a prompt, approvals and custom tool answers' \
'local:The local runner\: the Managed Agents API on this machine' \
'beta:worker:Self-hosted hands\: serve a self_hosted environment'\''s tool calls on this machine' \
'apply:Create or update agents and environments from files, tracked in claude-lock.json' \
'validate:Check template files offline\: syntax, fields, references and the API'\''s rules' \
'auth:Manage authentication' \
'profile:Manage configuration profiles' \
'completion:Print a shell completion script' \
'@completion:Print a dynamic completion script (bash, zsh, fish, pwsh)' \
'__complete:' \
'@manpages:Generate documentation for '\''man'\''' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant help commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__@completion_commands] )) ||
_ant__subcmd__help__subcmd__@completion_commands() {
    local commands; commands=()
    _describe -t commands 'ant help @completion commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__@manpages_commands] )) ||
_ant__subcmd__help__subcmd__@manpages_commands() {
    local commands; commands=()
    _describe -t commands 'ant help @manpages commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd____complete_commands] )) ||
_ant__subcmd__help__subcmd____complete_commands() {
    local commands; commands=()
    _describe -t commands 'ant help __complete commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__apply_commands] )) ||
_ant__subcmd__help__subcmd__apply_commands() {
    local commands; commands=()
    _describe -t commands 'ant help apply commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__auth_commands] )) ||
_ant__subcmd__help__subcmd__auth_commands() {
    local commands; commands=(
'login:Log in via browser (OAuth)' \
'logout:Remove stored credentials' \
'status:Show current authentication status' \
'print-credentials:Print credentials for the active profile, refreshing the access token if it is expired or near expiry' \
    )
    _describe -t commands 'ant help auth commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__auth__subcmd__login_commands] )) ||
_ant__subcmd__help__subcmd__auth__subcmd__login_commands() {
    local commands; commands=()
    _describe -t commands 'ant help auth login commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__auth__subcmd__logout_commands] )) ||
_ant__subcmd__help__subcmd__auth__subcmd__logout_commands() {
    local commands; commands=()
    _describe -t commands 'ant help auth logout commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__auth__subcmd__print-credentials_commands] )) ||
_ant__subcmd__help__subcmd__auth__subcmd__print-credentials_commands() {
    local commands; commands=()
    _describe -t commands 'ant help auth print-credentials commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__auth__subcmd__status_commands] )) ||
_ant__subcmd__help__subcmd__auth__subcmd__status_commands() {
    local commands; commands=()
    _describe -t commands 'ant help auth status commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents_commands() {
    local commands; commands=(
'create:Create an agent' \
'retrieve:Get an agent (its latest version, or --version N)' \
'update:Update an agent, making a new version' \
'list:List agents' \
'archive:Archive an agent' \
    )
    _describe -t commands 'ant help beta:agents commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents__subcmd__archive_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents__subcmd__create_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents create commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents__subcmd__retrieve_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents__subcmd__update_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents update commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents:versions_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents:versions_commands() {
    local commands; commands=(
'list:List an agent'\''s versions' \
    )
    _describe -t commands 'ant help beta:agents:versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents:versions__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents:versions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents:versions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments_commands() {
    local commands; commands=(
'create:Create an environment' \
'retrieve:Get an environment' \
'update:Update an environment' \
'list:List environments' \
'delete:Delete an environment' \
'archive:Archive an environment' \
    )
    _describe -t commands 'ant help beta:environments commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__archive_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__create_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments create commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__delete_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__retrieve_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments__subcmd__update_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments update commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions_commands() {
    local commands; commands=(
'create:Create a session' \
'retrieve:Get a session' \
'update:Update a session' \
'list:List sessions' \
'delete:Delete a session' \
'archive:Archive a session' \
    )
    _describe -t commands 'ant help beta:sessions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__archive_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__create_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions create commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__delete_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__retrieve_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions__subcmd__update_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions update commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:events_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:events_commands() {
    local commands; commands=(
'list:List a session'\''s events' \
'send:Send events to a session' \
'stream:Stream a session'\''s events as they happen (one JSON value per event)' \
    )
    _describe -t commands 'ant help beta:sessions:events commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:events list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__send_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:events send commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__stream_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:events__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:events stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:worker_commands] )) ||
_ant__subcmd__help__subcmd__beta:worker_commands() {
    local commands; commands=(
'poll:Poll the environment'\''s work queue and serve each claimed session'\''s tool calls' \
'run:Serve one already-claimed work item (what an --on-work script'\''s container runs)' \
    )
    _describe -t commands 'ant help beta:worker commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:worker__subcmd__poll_commands] )) ||
_ant__subcmd__help__subcmd__beta:worker__subcmd__poll_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:worker poll commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:worker__subcmd__run_commands] )) ||
_ant__subcmd__help__subcmd__beta:worker__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:worker run commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__chat_commands] )) ||
_ant__subcmd__help__subcmd__chat_commands() {
    local commands; commands=()
    _describe -t commands 'ant help chat commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__completion_commands] )) ||
_ant__subcmd__help__subcmd__completion_commands() {
    local commands; commands=()
    _describe -t commands 'ant help completion commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__local_commands] )) ||
_ant__subcmd__help__subcmd__local_commands() {
    local commands; commands=(
'serve:Serve the Managed Agents API on this machine' \
'doctor:Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined' \
'environment-key:Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)' \
'api-key:Print the key the server of the data dir requires when it is given none (made if absent)' \
    )
    _describe -t commands 'ant help local commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__local__subcmd__api-key_commands] )) ||
_ant__subcmd__help__subcmd__local__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant help local api-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__local__subcmd__doctor_commands] )) ||
_ant__subcmd__help__subcmd__local__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'ant help local doctor commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__local__subcmd__environment-key_commands] )) ||
_ant__subcmd__help__subcmd__local__subcmd__environment-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant help local environment-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__local__subcmd__serve_commands] )) ||
_ant__subcmd__help__subcmd__local__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'ant help local serve commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__profile_commands] )) ||
_ant__subcmd__help__subcmd__profile_commands() {
    local commands; commands=(
'activate:Set the active profile' \
'list:List configured profiles (the active one marked *)' \
'get:Print the profile config (or one field)' \
'set:Set a field in the profile config\: workspace_id, base_url, organization_id; on \`ant auth login\` profiles also scope, client_id, console_url' \
    )
    _describe -t commands 'ant help profile commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__profile__subcmd__activate_commands] )) ||
_ant__subcmd__help__subcmd__profile__subcmd__activate_commands() {
    local commands; commands=()
    _describe -t commands 'ant help profile activate commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__profile__subcmd__get_commands] )) ||
_ant__subcmd__help__subcmd__profile__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'ant help profile get commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__profile__subcmd__list_commands] )) ||
_ant__subcmd__help__subcmd__profile__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant help profile list commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__profile__subcmd__set_commands] )) ||
_ant__subcmd__help__subcmd__profile__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ant help profile set commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__run_commands] )) ||
_ant__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant help run commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__stream_commands] )) ||
_ant__subcmd__help__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant help stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__validate_commands] )) ||
_ant__subcmd__help__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'ant help validate commands' commands "$@"
}
(( $+functions[_ant__subcmd__local_commands] )) ||
_ant__subcmd__local_commands() {
    local commands; commands=(
'serve:Serve the Managed Agents API on this machine' \
'doctor:Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined' \
'environment-key:Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)' \
'api-key:Print the key the server of the data dir requires when it is given none (made if absent)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant local commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__api-key_commands] )) ||
_ant__subcmd__local__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant local api-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__doctor_commands] )) ||
_ant__subcmd__local__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'ant local doctor commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__environment-key_commands] )) ||
_ant__subcmd__local__subcmd__environment-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant local environment-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help_commands] )) ||
_ant__subcmd__local__subcmd__help_commands() {
    local commands; commands=(
'serve:Serve the Managed Agents API on this machine' \
'doctor:Show which sandbox back end tools would run in, why the others cannot, and how file tools are confined' \
'environment-key:Issue a key for the workers of a self-hosted environment (printed once; only its hash is kept)' \
'api-key:Print the key the server of the data dir requires when it is given none (made if absent)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant local help commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help__subcmd__api-key_commands] )) ||
_ant__subcmd__local__subcmd__help__subcmd__api-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant local help api-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help__subcmd__doctor_commands] )) ||
_ant__subcmd__local__subcmd__help__subcmd__doctor_commands() {
    local commands; commands=()
    _describe -t commands 'ant local help doctor commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help__subcmd__environment-key_commands] )) ||
_ant__subcmd__local__subcmd__help__subcmd__environment-key_commands() {
    local commands; commands=()
    _describe -t commands 'ant local help environment-key commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__local__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant local help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__help__subcmd__serve_commands] )) ||
_ant__subcmd__local__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'ant local help serve commands' commands "$@"
}
(( $+functions[_ant__subcmd__local__subcmd__serve_commands] )) ||
_ant__subcmd__local__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'ant local serve commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile_commands] )) ||
_ant__subcmd__profile_commands() {
    local commands; commands=(
'activate:Set the active profile' \
'list:List configured profiles (the active one marked *)' \
'get:Print the profile config (or one field)' \
'set:Set a field in the profile config\: workspace_id, base_url, organization_id; on \`ant auth login\` profiles also scope, client_id, console_url' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant profile commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__activate_commands] )) ||
_ant__subcmd__profile__subcmd__activate_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile activate commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__get_commands] )) ||
_ant__subcmd__profile__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile get commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help_commands] )) ||
_ant__subcmd__profile__subcmd__help_commands() {
    local commands; commands=(
'activate:Set the active profile' \
'list:List configured profiles (the active one marked *)' \
'get:Print the profile config (or one field)' \
'set:Set a field in the profile config\: workspace_id, base_url, organization_id; on \`ant auth login\` profiles also scope, client_id, console_url' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant profile help commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help__subcmd__activate_commands] )) ||
_ant__subcmd__profile__subcmd__help__subcmd__activate_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile help activate commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help__subcmd__get_commands] )) ||
_ant__subcmd__profile__subcmd__help__subcmd__get_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile help get commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__profile__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__profile__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__help__subcmd__set_commands] )) ||
_ant__subcmd__profile__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile help set commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__list_commands] )) ||
_ant__subcmd__profile__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile list commands' commands "$@"
}
(( $+functions[_ant__subcmd__profile__subcmd__set_commands] )) ||
_ant__subcmd__profile__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'ant profile set commands' commands "$@"
}
(( $+functions[_ant__subcmd__run_commands] )) ||
_ant__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant run commands' commands "$@"
}
(( $+functions[_ant__subcmd__stream_commands] )) ||
_ant__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__validate_commands] )) ||
_ant__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'ant validate commands' commands "$@"
}

if [ "$funcstack[1]" = "_ant" ]; then
    _ant "$@"
else
    compdef _ant ant
fi
