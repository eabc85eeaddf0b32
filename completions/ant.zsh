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
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:(coordinator)' \
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
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:(coordinator)' \
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
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:(coordinator)' \
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
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--multiagent.agents=[Sets \`agents\` of --multiagent (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--multiagent.type=[Sets \`type\` of --multiagent (string)]:STRING:(coordinator)' \
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
'*--scope=[Body \`scope\` (string, or null)]:STRING:(organization account null)' \
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
'*--scope=[Body \`scope\` (string, or null)]:STRING:(organization account null)' \
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
'*--page=[Query \`page\` (string, or null)]:STRING:_default' \
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
'*--scope=[Body \`scope\` (string, or null)]:STRING:(organization account null)' \
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
'*--scope=[Body \`scope\` (string, or null)]:STRING:(organization account null)' \
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
'*--page=[Query \`page\` (string, or null)]:STRING:_default' \
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
(beta:environments:work)
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
":: :_ant__subcmd__beta:environments:work_commands" \
"*::: :->beta:environments:work" \
&& ret=0

    case $state in
    (beta:environments:work)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments:work-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--work-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --work-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--work-id=[Path id (string)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*::args -- Fills --work-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string, or null)]:STRING:_default' \
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
'*::args -- Fills --environment-id:_default' \
&& ret=0
;;
(ack)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--work-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --work-id:_default' \
&& ret=0
;;
(heartbeat)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--work-id=[Path id (string)]:STRING:_default' \
'*--desired-ttl-seconds=[Query \`desired_ttl_seconds\` (integer, or null)]:INT:_default' \
'*--expected-last-heartbeat=[Query \`expected_last_heartbeat\` (string, or null)]:STRING:_default' \
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
'*::args -- Fills --work-id:_default' \
&& ret=0
;;
(poll)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--block-ms=[Query \`block_ms\` (integer, or null)]:INT:_default' \
'*--reclaim-older-than-ms=[Query \`reclaim_older_than_ms\` (integer, or null)]:INT:_default' \
'*--anthropic-worker-id=[Header \`Anthropic-Worker-ID\` (string)]:STRING:_default' \
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
(stats)
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
(stop)
_arguments "${_arguments_options[@]}" : \
'*--environment-id=[Path id (string)]:STRING:_default' \
'*--work-id=[Path id (string)]:STRING:_default' \
'*--force=[Body \`force\` (boolean)]::BOOL:(true false)' \
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
'*::args -- Fills --work-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:environments:work__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:environments:work-help-command-$line[1]:"
        case $line[1] in
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
(ack)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(heartbeat)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(poll)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stats)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stop)
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
'*--order=[Query \`order\` (string)]:STRING:(asc desc)' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--status=[Query \`statuses\` (string, repeatable)]:STRING:(rescheduling running idle terminated)' \
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
'*--order=[Query \`order\` (string)]:STRING:(asc desc)' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--status=[Query \`statuses\` (string, repeatable)]:STRING:(rescheduling running idle terminated)' \
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
'*--order=[Query \`order\` (string)]:STRING:(asc desc)' \
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
(beta:sessions:resources)
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
":: :_ant__subcmd__beta:sessions:resources_commands" \
"*::: :->beta:sessions:resources" \
&& ret=0

    case $state in
    (beta:sessions:resources)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:resources-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--resource-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --resource-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--resource-id=[Path id (string)]:STRING:_default' \
'*--authorization-token=[Body \`authorization_token\` (string)]:STRING:_default' \
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
'*::args -- Fills --resource-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--resource-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --resource-id:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--file-id=[Body \`file_id\` (string)]:STRING:_default' \
'*--type=[Body \`type\` (string)]:STRING:(file)' \
'*--mount-path=[Body \`mount_path\` (string, or null)]:STRING:_default' \
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
":: :_ant__subcmd__beta:sessions:resources__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:resources-help-command-$line[1]:"
        case $line[1] in
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
(add)
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
(beta:sessions:threads)
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
":: :_ant__subcmd__beta:sessions:threads_commands" \
"*::: :->beta:sessions:threads" \
&& ret=0

    case $state in
    (beta:sessions:threads)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:threads-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--thread-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --thread-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --session-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--thread-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --thread-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:sessions:threads__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:threads-help-command-$line[1]:"
        case $line[1] in
            (retrieve)
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
(beta:sessions:threads:events)
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
":: :_ant__subcmd__beta:sessions:threads:events_commands" \
"*::: :->beta:sessions:threads:events" \
&& ret=0

    case $state in
    (beta:sessions:threads:events)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:threads:events-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--thread-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --thread-id:_default' \
&& ret=0
;;
(stream)
_arguments "${_arguments_options[@]}" : \
'*--session-id=[Path id (string)]:STRING:_default' \
'*--thread-id=[Path id (string)]:STRING:_default' \
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
'-r[Print a string result without quotes]' \
'--raw-output[Print a string result without quotes]' \
'--debug[Print HTTP requests and responses to stderr (secrets redacted)]' \
'(--base-url)--local[Use the local server (\`ant local serve\`), starting it when none runs]' \
'-h[Print help]' \
'--help[Print help]' \
'*::args -- Fills --thread-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:sessions:threads:events__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:sessions:threads:events-help-command-$line[1]:"
        case $line[1] in
            (list)
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
(beta:deployments)
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
":: :_ant__subcmd__beta:deployments_commands" \
"*::: :->beta:deployments" \
&& ret=0

    case $state in
    (beta:deployments)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:deployments-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--agent=[Body \`agent\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--environment-id=[Body \`environment_id\` (string)]:STRING:_default' \
'*--initial-event=[Body \`initial_events\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--resource=[Body \`resources\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--schedule=[Body \`schedule\` (YAML/JSON object)]:YAML:_default' \
'*--vault-id=[Body \`vault_ids\` (string, repeatable)]:STRING:_default' \
'*--schedule.expression=[Sets \`expression\` of --schedule (string)]:STRING:_default' \
'*--schedule.timezone=[Sets \`timezone\` of --schedule (string)]:STRING:_default' \
'*--schedule.type=[Sets \`type\` of --schedule (string)]:STRING:(cron)' \
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
'*--deployment-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--deployment-id=[Path id (string)]:STRING:_default' \
'*--agent=[Body \`agent\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--environment-id=[Body \`environment_id\` (string)]:STRING:_default' \
'*--initial-event=[Body \`initial_events\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--resource=[Body \`resources\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--schedule=[Body \`schedule\` (YAML/JSON object)]:YAML:_default' \
'*--vault-id=[Body \`vault_ids\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--schedule.expression=[Sets \`expression\` of --schedule (string)]:STRING:_default' \
'*--schedule.timezone=[Sets \`timezone\` of --schedule (string)]:STRING:_default' \
'*--schedule.type=[Sets \`type\` of --schedule (string)]:STRING:(cron)' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--agent-id=[Query \`agent_id\` (string)]:STRING:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--status=[Query \`status\` (string)]:STRING:(active paused)' \
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
'*--deployment-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
'*--deployment-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
'*--deployment-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(unpause)
_arguments "${_arguments_options[@]}" : \
'*--deployment-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:deployments__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:deployments-help-command-$line[1]:"
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
(pause)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(run)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unpause)
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
(beta:deployment-runs)
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
":: :_ant__subcmd__beta:deployment-runs_commands" \
"*::: :->beta:deployment-runs" \
&& ret=0

    case $state in
    (beta:deployment-runs)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:deployment-runs-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--deployment-run-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --deployment-run-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--created-at-gt=[Query \`created_at\[gt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lt=[Query \`created_at\[lt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--deployment-id=[Query \`deployment_id\` (string)]:STRING:_default' \
'*--has-error=[Query \`has_error\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--trigger-type=[Query \`trigger_type\` (string)]:STRING:(schedule manual)' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:deployment-runs__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:deployment-runs-help-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
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
(beta:vaults)
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
":: :_ant__subcmd__beta:vaults_commands" \
"*::: :->beta:vaults" \
&& ret=0

    case $state in
    (beta:vaults)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:vaults-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--display-name=[Body \`display_name\` (string)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*--vault-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --vault-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--display-name=[Body \`display_name\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*::args -- Fills --vault-id:_default' \
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
'*--vault-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --vault-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --vault-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:vaults__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:vaults-help-command-$line[1]:"
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
(beta:vaults:credentials)
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
":: :_ant__subcmd__beta:vaults:credentials_commands" \
"*::: :->beta:vaults:credentials" \
&& ret=0

    case $state in
    (beta:vaults:credentials)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:vaults:credentials-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--auth=[Body \`auth\` (YAML/JSON object)]:YAML:_default' \
'*--display-name=[Body \`display_name\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*::args -- Fills --vault-id:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--credential-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --credential-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--credential-id=[Path id (string)]:STRING:_default' \
'*--auth=[Body \`auth\` (YAML/JSON object)]:YAML:_default' \
'*--display-name=[Body \`display_name\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*::args -- Fills --credential-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --vault-id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--credential-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --credential-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--credential-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --credential-id:_default' \
&& ret=0
;;
(mcp-oauth-validate)
_arguments "${_arguments_options[@]}" : \
'*--vault-id=[Path id (string)]:STRING:_default' \
'*--credential-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --credential-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:vaults:credentials__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:vaults:credentials-help-command-$line[1]:"
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
(mcp-oauth-validate)
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
(beta:memory-stores)
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
":: :_ant__subcmd__beta:memory-stores_commands" \
"*::: :->beta:memory-stores" \
&& ret=0

    case $state in
    (beta:memory-stores)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--name=[Body \`name\` (string)]:STRING:_default' \
'*--description=[Body \`description\` (string)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
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
'*--memory-store-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--description=[Body \`description\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string, or null)]:STRING:_default' \
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
'*::args -- Fills --memory-store-id:_default' \
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
(delete)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:memory-stores__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores-help-command-$line[1]:"
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
(beta:memory-stores:memories)
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
":: :_ant__subcmd__beta:memory-stores:memories_commands" \
"*::: :->beta:memory-stores:memories" \
&& ret=0

    case $state in
    (beta:memory-stores:memories)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores:memories-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--content=[Body \`content\` (string, or null)]:STRING:_default' \
'*--path=[Body \`path\` (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--memory-id=[Path id (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
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
'*::args -- Fills --memory-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--memory-id=[Path id (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
'*--content=[Body \`content\` (string, or null)]:STRING:_default' \
'*--path=[Body \`path\` (string, or null)]:STRING:_default' \
'*--precondition=[Body \`precondition\` (YAML/JSON object)]:YAML:_default' \
'*--precondition.type=[Sets \`type\` of --precondition (string)]:STRING:(content_sha256)' \
'*--precondition.content-sha256=[Sets \`content_sha256\` of --precondition (string)]:STRING:_default' \
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
'*::args -- Fills --memory-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--depth=[Query \`depth\` (integer)]:INT:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--path-prefix=[Query \`path_prefix\` (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--memory-id=[Path id (string)]:STRING:_default' \
'*--expected-content-sha256=[Query \`expected_content_sha256\` (string)]:STRING:_default' \
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
'*::args -- Fills --memory-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:memory-stores:memories__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores:memories-help-command-$line[1]:"
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
(beta:memory-stores:memory-versions)
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
":: :_ant__subcmd__beta:memory-stores:memory-versions_commands" \
"*::: :->beta:memory-stores:memory-versions" \
&& ret=0

    case $state in
    (beta:memory-stores:memory-versions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores:memory-versions-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--memory-version-id=[Path id (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
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
'*::args -- Fills --memory-version-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--api-key-id=[Query \`api_key_id\` (string)]:STRING:_default' \
'*--created-at-gte=[Query \`created_at\[gte\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lte=[Query \`created_at\[lte\]\` (YAML/JSON value)]:YAML:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--memory-id=[Query \`memory_id\` (string)]:STRING:_default' \
'*--operation=[Query \`operation\` (string)]:STRING:(created modified deleted)' \
'*--page=[Query \`page\` (string)]:STRING:_default' \
'*--session-id=[Query \`session_id\` (string)]:STRING:_default' \
'*--view=[Query \`view\` (string)]:STRING:(basic full)' \
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
'*::args -- Fills --memory-store-id:_default' \
&& ret=0
;;
(redact)
_arguments "${_arguments_options[@]}" : \
'*--memory-store-id=[Path id (string)]:STRING:_default' \
'*--memory-version-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --memory-version-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:memory-stores:memory-versions-help-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(redact)
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
(beta:files)
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
":: :_ant__subcmd__beta:files_commands" \
"*::: :->beta:files" \
&& ret=0

    case $state in
    (beta:files)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:files-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--after-id=[Query \`after_id\` (string)]:STRING:_default' \
'*--before-id=[Query \`before_id\` (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--scope-id=[Query \`scope_id\` (string)]:STRING:_default' \
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
'*--file-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --file-id:_default' \
&& ret=0
;;
(download)
_arguments "${_arguments_options[@]}" : \
'*--file-id=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'-o+[Write the content to PATH (- for stdout)]:PATH:_default' \
'--output=[Write the content to PATH (- for stdout)]:PATH:_default' \
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
'*::args -- Fills --file-id:_default' \
&& ret=0
;;
(retrieve-metadata)
_arguments "${_arguments_options[@]}" : \
'*--file-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --file-id:_default' \
&& ret=0
;;
(upload)
_arguments "${_arguments_options[@]}" : \
'*--file=[Body \`file\` (file to upload, - for stdin)]:PATH:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:files__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:files-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(download)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve-metadata)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(upload)
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
(beta:skills)
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
":: :_ant__subcmd__beta:skills_commands" \
"*::: :->beta:skills" \
&& ret=0

    case $state in
    (beta:skills)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:skills-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--file=[Body \`files\` (file to upload, repeatable)]:PATH:_default' \
'*--display-title=[Body \`display_title\` (string, or null)]:STRING:_default' \
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
'*--skill-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --skill-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--page=[Query \`page\` (string, or null)]:STRING:_default' \
'*--source=[Query \`source\` (string, or null)]:STRING:_default' \
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
'*--skill-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --skill-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:skills__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:skills-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(beta:skills:versions)
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
":: :_ant__subcmd__beta:skills:versions_commands" \
"*::: :->beta:skills:versions" \
&& ret=0

    case $state in
    (beta:skills:versions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:skills:versions-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--skill-id=[Path id (string)]:STRING:_default' \
'*--file=[Body \`files\` (file to upload, repeatable)]:PATH:_default' \
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
'*::args -- Fills --skill-id:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--skill-id=[Path id (string)]:STRING:_default' \
'*--version=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --version:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--skill-id=[Path id (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer, or null)]:INT:_default' \
'*--page=[Query \`page\` (string, or null)]:STRING:_default' \
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
'*::args -- Fills --skill-id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'*--skill-id=[Path id (string)]:STRING:_default' \
'*--version=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --version:_default' \
&& ret=0
;;
(download)
_arguments "${_arguments_options[@]}" : \
'*--skill-id=[Path id (string)]:STRING:_default' \
'*--version=[Path id (string)]:STRING:_default' \
'*--beta=[anthropic-beta header value; replaces the default (repeatable)]:BETA:_default' \
'-o+[Write the content to PATH (- for stdout)]:PATH:_default' \
'--output=[Write the content to PATH (- for stdout)]:PATH:_default' \
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
'*::args -- Fills --version:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:skills:versions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:skills:versions-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(download)
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
(beta:user-profiles)
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
":: :_ant__subcmd__beta:user-profiles_commands" \
"*::: :->beta:user-profiles" \
&& ret=0

    case $state in
    (beta:user-profiles)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:user-profiles-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--external-id=[Body \`external_id\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string, or null)]:STRING:_default' \
'*--relationship=[Body \`relationship\` (string)]:STRING:(external resold internal)' \
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
'*--user-profile-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --user-profile-id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'*--user-profile-id=[Path id (string)]:STRING:_default' \
'*--external-id=[Body \`external_id\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--name=[Body \`name\` (string, or null)]:STRING:_default' \
'*--relationship=[Body \`relationship\` (string, or null)]:STRING:(external resold internal null)' \
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
'*::args -- Fills --user-profile-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
'*--order=[Query \`order\` (string)]:STRING:(asc desc)' \
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
(create-enrollment-url)
_arguments "${_arguments_options[@]}" : \
'*--user-profile-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --user-profile-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:user-profiles__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:user-profiles-help-command-$line[1]:"
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
(create-enrollment-url)
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
(beta:dreams)
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
":: :_ant__subcmd__beta:dreams_commands" \
"*::: :->beta:dreams" \
&& ret=0

    case $state in
    (beta:dreams)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:dreams-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--input=[Body \`inputs\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--model=[Body \`model\` (id, or YAML/JSON object)]:ID|YAML:_default' \
'*--instructions=[Body \`instructions\` (string, or null)]:STRING:_default' \
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
'*--dream-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --dream-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--created-at-gt=[Query \`created_at\[gt\]\` (YAML/JSON value)]:YAML:_default' \
'*--created-at-lt=[Query \`created_at\[lt\]\` (YAML/JSON value)]:YAML:_default' \
'*--include-archived=[Query \`include_archived\` (boolean)]::BOOL:(true false)' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
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
(archive)
_arguments "${_arguments_options[@]}" : \
'*--dream-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --dream-id:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'*--dream-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --dream-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:dreams__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:dreams-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(cancel)
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
(beta:tunnels)
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
":: :_ant__subcmd__beta:tunnels_commands" \
"*::: :->beta:tunnels" \
&& ret=0

    case $state in
    (beta:tunnels)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:tunnels-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--display-name=[Body \`display_name\` (string, or null)]:STRING:_default' \
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
'*--tunnel-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
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
(archive)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
&& ret=0
;;
(reveal-token)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
&& ret=0
;;
(rotate-token)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
'*--reason=[Body \`reason\` (string, or null)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:tunnels__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:tunnels-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(reveal-token)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-token)
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
(beta:tunnels:certificates)
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
":: :_ant__subcmd__beta:tunnels:certificates_commands" \
"*::: :->beta:tunnels:certificates" \
&& ret=0

    case $state in
    (beta:tunnels:certificates)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:tunnels:certificates-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
'*--ca-certificate-pem=[Body \`ca_certificate_pem\` (string)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
&& ret=0
;;
(retrieve)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
'*--certificate-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --certificate-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --tunnel-id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'*--tunnel-id=[Path id (string)]:STRING:_default' \
'*--certificate-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --certificate-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:tunnels:certificates__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:tunnels:certificates-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(messages)
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
":: :_ant__subcmd__messages_commands" \
"*::: :->messages" \
&& ret=0

    case $state in
    (messages)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-messages-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--max-tokens=[Body \`max_tokens\` (integer)]:INT:_default' \
'*--message=[Body \`messages\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--model=[Body \`model\` (string)]:STRING:_default' \
'*--cache-control=[Body \`cache_control\` (YAML/JSON object)]:YAML:_default' \
'*--container=[Body \`container\` (string, or null)]:STRING:_default' \
'*--inference-geo=[Body \`inference_geo\` (string, or null)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--output-config=[Body \`output_config\` (YAML/JSON object)]:YAML:_default' \
'*--service-tier=[Body \`service_tier\` (string)]:STRING:(auto standard_only)' \
'*--stop-sequence=[Body \`stop_sequences\` (string, repeatable)]:STRING:_default' \
'*--stream=[Body \`stream\` (boolean)]::BOOL:(true false)' \
'*--system=[Body \`system\` (YAML/JSON value)]:YAML:_default' \
'*--temperature=[Body \`temperature\` (number)]:NUMBER:_default' \
'*--thinking=[Body \`thinking\` (YAML/JSON object)]:YAML:_default' \
'*--tool-choice=[Body \`tool_choice\` (YAML/JSON object)]:YAML:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--top-k=[Body \`top_k\` (integer)]:INT:_default' \
'*--top-p=[Body \`top_p\` (number)]:NUMBER:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--message.content=[Sets \`content\` of --message (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--message.role=[Sets \`role\` of --message (string)]:STRING:(user assistant system)' \
'*--cache-control.type=[Sets \`type\` of --cache-control (string)]:STRING:(ephemeral)' \
'*--cache-control.ttl=[Sets \`ttl\` of --cache-control (string)]:STRING:_default' \
'*--metadata.user-id=[Sets \`user_id\` of --metadata (string, or null)]:STRING:_default' \
'*--output-config.effort=[Sets \`effort\` of --output-config (string, or null)]:STRING:_default' \
'*--output-config.format=[Sets \`format\` of --output-config (YAML/JSON object)]:YAML:_default' \
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
(count-tokens)
_arguments "${_arguments_options[@]}" : \
'*--message=[Body \`messages\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--model=[Body \`model\` (string)]:STRING:_default' \
'*--cache-control=[Body \`cache_control\` (YAML/JSON object)]:YAML:_default' \
'*--output-config=[Body \`output_config\` (YAML/JSON object)]:YAML:_default' \
'*--system=[Body \`system\` (YAML/JSON value)]:YAML:_default' \
'*--thinking=[Body \`thinking\` (YAML/JSON object)]:YAML:_default' \
'*--tool-choice=[Body \`tool_choice\` (YAML/JSON object)]:YAML:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--message.content=[Sets \`content\` of --message (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--message.role=[Sets \`role\` of --message (string)]:STRING:(user assistant system)' \
'*--cache-control.type=[Sets \`type\` of --cache-control (string)]:STRING:(ephemeral)' \
'*--cache-control.ttl=[Sets \`ttl\` of --cache-control (string)]:STRING:_default' \
'*--output-config.effort=[Sets \`effort\` of --output-config (string, or null)]:STRING:_default' \
'*--output-config.format=[Sets \`format\` of --output-config (YAML/JSON object)]:YAML:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__messages__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-messages-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(count-tokens)
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
(messages:batches)
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
":: :_ant__subcmd__messages:batches_commands" \
"*::: :->messages:batches" \
&& ret=0

    case $state in
    (messages:batches)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-messages:batches-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--request=[Body \`requests\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--request.custom-id=[Sets \`custom_id\` of --request (string)]:STRING:_default' \
'*--request.params=[Sets \`params\` of --request (YAML/JSON object)]:YAML:_default' \
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
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--after-id=[Query \`after_id\` (string)]:STRING:_default' \
'*--before-id=[Query \`before_id\` (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
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
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(results)
_arguments "${_arguments_options[@]}" : \
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__messages:batches__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-messages:batches-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(results)
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
(beta:messages)
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
":: :_ant__subcmd__beta:messages_commands" \
"*::: :->beta:messages" \
&& ret=0

    case $state in
    (beta:messages)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:messages-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--max-tokens=[Body \`max_tokens\` (integer)]:INT:_default' \
'*--message=[Body \`messages\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--model=[Body \`model\` (string)]:STRING:_default' \
'*--cache-control=[Body \`cache_control\` (YAML/JSON object)]:YAML:_default' \
'*--container=[Body \`container\` (YAML/JSON value)]:YAML:_default' \
'*--context-management=[Body \`context_management\` (YAML/JSON object)]:YAML:_default' \
'*--diagnostics=[Body \`diagnostics\` (YAML/JSON object)]:YAML:_default' \
'*--fallback-credit-token=[Body \`fallback_credit_token\` (string, or null)]:STRING:_default' \
'*--fallback=[Body \`fallbacks\` (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--inference-geo=[Body \`inference_geo\` (string, or null)]:STRING:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--output-config=[Body \`output_config\` (YAML/JSON object)]:YAML:_default' \
'*--output-format=[Body \`output_format\` (YAML/JSON object)]:YAML:_default' \
'*--service-tier=[Body \`service_tier\` (string)]:STRING:(auto standard_only)' \
'*--speed=[Body \`speed\` (string, or null)]:STRING:(standard fast null)' \
'*--stop-sequence=[Body \`stop_sequences\` (string, repeatable)]:STRING:_default' \
'*--stream=[Body \`stream\` (boolean)]::BOOL:(true false)' \
'*--system=[Body \`system\` (YAML/JSON value)]:YAML:_default' \
'*--temperature=[Body \`temperature\` (number)]:NUMBER:_default' \
'*--thinking=[Body \`thinking\` (YAML/JSON object)]:YAML:_default' \
'*--tool-choice=[Body \`tool_choice\` (YAML/JSON object)]:YAML:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--top-k=[Body \`top_k\` (integer)]:INT:_default' \
'*--top-p=[Body \`top_p\` (number)]:NUMBER:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--message.content=[Sets \`content\` of --message (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--message.role=[Sets \`role\` of --message (string)]:STRING:(user assistant system)' \
'*--cache-control.type=[Sets \`type\` of --cache-control (string)]:STRING:(ephemeral)' \
'*--cache-control.ttl=[Sets \`ttl\` of --cache-control (string)]:STRING:_default' \
'*--context-management.edits=[Sets \`edits\` of --context-management (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--diagnostics.previous-message-id=[Sets \`previous_message_id\` of --diagnostics (string, or null)]:STRING:_default' \
'*--fallback.model=[Sets \`model\` of --fallback (string)]:STRING:_default' \
'*--fallback.max-tokens=[Sets \`max_tokens\` of --fallback (integer, or null)]:INT:_default' \
'*--fallback.output-config=[Sets \`output_config\` of --fallback (YAML/JSON object)]:YAML:_default' \
'*--fallback.speed=[Sets \`speed\` of --fallback (string, or null)]:STRING:_default' \
'*--fallback.thinking=[Sets \`thinking\` of --fallback (YAML/JSON object)]:YAML:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.authorization-token=[Sets \`authorization_token\` of --mcp-server (string, or null)]:STRING:_default' \
'*--mcp-server.tool-configuration=[Sets \`tool_configuration\` of --mcp-server (YAML/JSON object)]:YAML:_default' \
'*--metadata.user-id=[Sets \`user_id\` of --metadata (string, or null)]:STRING:_default' \
'*--output-config.effort=[Sets \`effort\` of --output-config (string, or null)]:STRING:_default' \
'*--output-config.format=[Sets \`format\` of --output-config (YAML/JSON object)]:YAML:_default' \
'*--output-config.task-budget=[Sets \`task_budget\` of --output-config (YAML/JSON object)]:YAML:_default' \
'*--output-format.schema=[Sets \`schema\` of --output-format (YAML/JSON object)]:YAML:_default' \
'*--output-format.type=[Sets \`type\` of --output-format (string)]:STRING:(json_schema)' \
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
(count-tokens)
_arguments "${_arguments_options[@]}" : \
'*--message=[Body \`messages\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--model=[Body \`model\` (string)]:STRING:_default' \
'*--cache-control=[Body \`cache_control\` (YAML/JSON object)]:YAML:_default' \
'*--context-management=[Body \`context_management\` (YAML/JSON object)]:YAML:_default' \
'*--mcp-server=[Body \`mcp_servers\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--output-config=[Body \`output_config\` (YAML/JSON object)]:YAML:_default' \
'*--output-format=[Body \`output_format\` (YAML/JSON object)]:YAML:_default' \
'*--speed=[Body \`speed\` (string, or null)]:STRING:(standard fast null)' \
'*--system=[Body \`system\` (YAML/JSON value)]:YAML:_default' \
'*--thinking=[Body \`thinking\` (YAML/JSON object)]:YAML:_default' \
'*--tool-choice=[Body \`tool_choice\` (YAML/JSON object)]:YAML:_default' \
'*--tool=[Body \`tools\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--message.content=[Sets \`content\` of --message (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--message.role=[Sets \`role\` of --message (string)]:STRING:(user assistant system)' \
'*--cache-control.type=[Sets \`type\` of --cache-control (string)]:STRING:(ephemeral)' \
'*--cache-control.ttl=[Sets \`ttl\` of --cache-control (string)]:STRING:_default' \
'*--context-management.edits=[Sets \`edits\` of --context-management (YAML/JSON list, replaces the whole field)]:YAML:_default' \
'*--mcp-server.name=[Sets \`name\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.type=[Sets \`type\` of --mcp-server (string)]:STRING:(url)' \
'*--mcp-server.url=[Sets \`url\` of --mcp-server (string)]:STRING:_default' \
'*--mcp-server.authorization-token=[Sets \`authorization_token\` of --mcp-server (string, or null)]:STRING:_default' \
'*--mcp-server.tool-configuration=[Sets \`tool_configuration\` of --mcp-server (YAML/JSON object)]:YAML:_default' \
'*--output-config.effort=[Sets \`effort\` of --output-config (string, or null)]:STRING:_default' \
'*--output-config.format=[Sets \`format\` of --output-config (YAML/JSON object)]:YAML:_default' \
'*--output-config.task-budget=[Sets \`task_budget\` of --output-config (YAML/JSON object)]:YAML:_default' \
'*--output-format.schema=[Sets \`schema\` of --output-format (YAML/JSON object)]:YAML:_default' \
'*--output-format.type=[Sets \`type\` of --output-format (string)]:STRING:(json_schema)' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:messages__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:messages-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(count-tokens)
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
(beta:messages:batches)
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
":: :_ant__subcmd__beta:messages:batches_commands" \
"*::: :->beta:messages:batches" \
&& ret=0

    case $state in
    (beta:messages:batches)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:messages:batches-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--request=[Body \`requests\` (YAML/JSON object, repeatable)]:YAML:_default' \
'*--user-profile-id=[Header \`anthropic-user-profile-id\` (string)]:STRING:_default' \
'*--request.custom-id=[Sets \`custom_id\` of --request (string)]:STRING:_default' \
'*--request.params=[Sets \`params\` of --request (YAML/JSON object)]:YAML:_default' \
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
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--after-id=[Query \`after_id\` (string)]:STRING:_default' \
'*--before-id=[Query \`before_id\` (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
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
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(results)
_arguments "${_arguments_options[@]}" : \
'*--message-batch-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --message-batch-id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:messages:batches__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:messages:batches-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retrieve)
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
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(results)
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
(models)
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
":: :_ant__subcmd__models_commands" \
"*::: :->models" \
&& ret=0

    case $state in
    (models)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-models-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--model-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --model-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--after-id=[Query \`after_id\` (string)]:STRING:_default' \
'*--before-id=[Query \`before_id\` (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__models__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-models-help-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
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
(beta:models)
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
":: :_ant__subcmd__beta:models_commands" \
"*::: :->beta:models" \
&& ret=0

    case $state in
    (beta:models)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:models-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
'*--model-id=[Path id (string)]:STRING:_default' \
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
'*::args -- Fills --model-id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--after-id=[Query \`after_id\` (string)]:STRING:_default' \
'*--before-id=[Query \`before_id\` (string)]:STRING:_default' \
'*--limit=[Query \`limit\` (integer)]:INT:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__beta:models__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-beta:models-help-command-$line[1]:"
        case $line[1] in
            (retrieve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
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
(completions)
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
":: :_ant__subcmd__completions_commands" \
"*::: :->completions" \
&& ret=0

    case $state in
    (completions)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-completions-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'*--max-tokens-to-sample=[Body \`max_tokens_to_sample\` (integer)]:INT:_default' \
'*--model=[Body \`model\` (string)]:STRING:_default' \
'*--prompt=[Body \`prompt\` (string)]:STRING:_default' \
'*--metadata=[Body \`metadata\` (YAML/JSON object)]:YAML:_default' \
'*--stop-sequence=[Body \`stop_sequences\` (string, repeatable)]:STRING:_default' \
'*--stream=[Body \`stream\` (boolean)]::BOOL:(true false)' \
'*--temperature=[Body \`temperature\` (number)]:NUMBER:_default' \
'*--top-k=[Body \`top_k\` (integer)]:INT:_default' \
'*--top-p=[Body \`top_p\` (number)]:NUMBER:_default' \
'*--metadata.user-id=[Sets \`user_id\` of --metadata (string, or null)]:STRING:_default' \
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
(help)
_arguments "${_arguments_options[@]}" : \
":: :_ant__subcmd__completions__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:ant-completions-help-command-$line[1]:"
        case $line[1] in
            (create)
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
'--outcome=[Work toward an outcome\: a YAML/JSON file holding user.define_outcome'\''s description, rubric and max_iterations]:FILE:_files' \
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
'--mcp-connect-timeout-seconds=[How long connecting to an agent'\''s MCP server (handshake and tool list) may take]:SECONDS:_default' \
'--mcp-call-timeout-seconds=[How long one call of an MCP server'\''s tool may take]:SECONDS:_default' \
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
'--upgrade[Fetch URL sources (skills on GitHub) again instead of the commits the lockfile pinned]' \
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
&& ret=0
;;
(beta:agents:versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:environments)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:environments:work)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:sessions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:sessions:events)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:sessions:resources)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:sessions:threads)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:sessions:threads:events)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:deployments)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:deployment-runs)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:vaults)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:vaults:credentials)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:memory-stores)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:memory-stores:memories)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:memory-stores:memory-versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:files)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:skills)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:skills:versions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:user-profiles)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:dreams)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:tunnels)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:tunnels:certificates)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(messages)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(messages:batches)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:messages)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:messages:batches)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(models)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(beta:models)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
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
'beta:environments:work:A self-hosted environment'\''s work queue (the worker uses it)' \
'beta:sessions:Sessions\: an agent at work in an environment' \
'sessions:Sessions\: an agent at work in an environment' \
'beta:sessions:events:A session'\''s events\: send input, list the log, stream it live' \
'beta:sessions:resources:Files and repositories mounted into a session' \
'beta:sessions:threads:The threads of a multi-agent session' \
'beta:sessions:threads:events:A thread'\''s events\: list them, stream them live' \
'beta:deployments:Deployments\: sessions started on a schedule or on demand' \
'beta:deployment-runs:The runs of deployments' \
'beta:vaults:Vaults\: credentials that sessions use for MCP servers' \
'beta:vaults:credentials:The credentials in a vault' \
'beta:memory-stores:Memory stores\: files an agent remembers across sessions' \
'beta:memory-stores:memories:The memories in a memory store' \
'beta:memory-stores:memory-versions:The history of a memory store'\''s memories' \
'beta:files:Files\: upload once, use in messages and sessions' \
'beta:skills:Skills\: folders of instructions and scripts an agent can load' \
'beta:skills:versions:The versions of a skill' \
'beta:user-profiles:User profiles\: the end users you act for' \
'beta:dreams:Dreams\: offline consolidation of memory stores' \
'beta:tunnels:MCP tunnels\: reach MCP servers on a private network' \
'beta:tunnels:certificates:The CA certificates a tunnel trusts' \
'messages:The Messages API\: send a conversation, get the model'\''s reply' \
'messages:batches:Many Messages requests at once, processed asynchronously' \
'beta:messages:The Messages API with beta features (MCP servers, context management, ...)' \
'beta:messages:batches:Message batches with beta features' \
'models:The models the API offers' \
'beta:models:The models the API offers, through the beta API' \
'completions:Legacy text completions' \
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
(( $+functions[_ant__subcmd__beta:deployment-runs_commands] )) ||
_ant__subcmd__beta:deployment-runs_commands() {
    local commands; commands=(
'retrieve:Get a deployment run' \
'list:List deployment runs' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:deployment-runs commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__help_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a deployment run' \
'list:List deployment runs' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:deployment-runs help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployment-runs help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployment-runs help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployment-runs help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__list_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployment-runs list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployment-runs__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:deployment-runs__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployment-runs retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments_commands] )) ||
_ant__subcmd__beta:deployments_commands() {
    local commands; commands=(
'create:Create a deployment' \
'retrieve:Get a deployment' \
'update:Update a deployment' \
'list:List deployments' \
'archive:Archive a deployment' \
'pause:Pause a deployment'\''s schedule' \
'run:Start a deployment now' \
'unpause:Resume a paused deployment' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:deployments commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__archive_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__create_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help_commands() {
    local commands; commands=(
'create:Create a deployment' \
'retrieve:Get a deployment' \
'update:Update a deployment' \
'list:List deployments' \
'archive:Archive a deployment' \
'pause:Pause a deployment'\''s schedule' \
'run:Start a deployment now' \
'unpause:Resume a paused deployment' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:deployments help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__pause_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help pause commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__run_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help run commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__unpause_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__unpause_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help unpause commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__list_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__pause_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments pause commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__run_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__run_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments run commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__unpause_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__unpause_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments unpause commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:deployments__subcmd__update_commands] )) ||
_ant__subcmd__beta:deployments__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:deployments update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams_commands] )) ||
_ant__subcmd__beta:dreams_commands() {
    local commands; commands=(
'create:Start a dream over memory stores' \
'retrieve:Get a dream' \
'list:List dreams' \
'archive:Archive a dream' \
'cancel:Cancel a running dream' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:dreams commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__archive_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__cancel_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__create_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help_commands() {
    local commands; commands=(
'create:Start a dream over memory stores' \
'retrieve:Get a dream' \
'list:List dreams' \
'archive:Archive a dream' \
'cancel:Cancel a running dream' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:dreams help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__cancel_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__list_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:dreams__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:dreams__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:dreams retrieve commands' commands "$@"
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
(( $+functions[_ant__subcmd__beta:environments:work_commands] )) ||
_ant__subcmd__beta:environments:work_commands() {
    local commands; commands=(
'retrieve:Get a work item' \
'update:Update a work item' \
'list:List an environment'\''s work items' \
'ack:Acknowledge a claimed work item' \
'heartbeat:Renew the lease on a work item' \
'poll:Claim the next work item, if any' \
'stats:Count an environment'\''s queued and running work' \
'stop:Stop a work item' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:environments:work commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__ack_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__ack_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work ack commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__heartbeat_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__heartbeat_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work heartbeat commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a work item' \
'update:Update a work item' \
'list:List an environment'\''s work items' \
'ack:Acknowledge a claimed work item' \
'heartbeat:Renew the lease on a work item' \
'poll:Claim the next work item, if any' \
'stats:Count an environment'\''s queued and running work' \
'stop:Stop a work item' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:environments:work help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__ack_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__ack_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help ack commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__heartbeat_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__heartbeat_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help heartbeat commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__poll_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__poll_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help poll commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__stats_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help stats commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__stop_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help stop commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__list_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__poll_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__poll_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work poll commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__stats_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__stats_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work stats commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__stop_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__stop_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work stop commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:environments:work__subcmd__update_commands] )) ||
_ant__subcmd__beta:environments:work__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:environments:work update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files_commands] )) ||
_ant__subcmd__beta:files_commands() {
    local commands; commands=(
'list:List files' \
'delete:Delete a file' \
'download:Download a file'\''s content' \
'retrieve-metadata:Get a file'\''s metadata' \
'upload:Upload a file' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:files commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__delete_commands] )) ||
_ant__subcmd__beta:files__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__download_commands] )) ||
_ant__subcmd__beta:files__subcmd__download_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files download commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help_commands] )) ||
_ant__subcmd__beta:files__subcmd__help_commands() {
    local commands; commands=(
'list:List files' \
'delete:Delete a file' \
'download:Download a file'\''s content' \
'retrieve-metadata:Get a file'\''s metadata' \
'upload:Upload a file' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:files help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__download_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__download_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help download commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__retrieve-metadata_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__retrieve-metadata_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help retrieve-metadata commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__help__subcmd__upload_commands] )) ||
_ant__subcmd__beta:files__subcmd__help__subcmd__upload_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files help upload commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__list_commands] )) ||
_ant__subcmd__beta:files__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__retrieve-metadata_commands] )) ||
_ant__subcmd__beta:files__subcmd__retrieve-metadata_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files retrieve-metadata commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:files__subcmd__upload_commands] )) ||
_ant__subcmd__beta:files__subcmd__upload_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:files upload commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores_commands] )) ||
_ant__subcmd__beta:memory-stores_commands() {
    local commands; commands=(
'create:Create a memory store' \
'retrieve:Get a memory store' \
'update:Update a memory store' \
'list:List memory stores' \
'delete:Delete a memory store' \
'archive:Archive a memory store' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__archive_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__create_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__delete_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help_commands() {
    local commands; commands=(
'create:Create a memory store' \
'retrieve:Get a memory store' \
'update:Update a memory store' \
'list:List memory stores' \
'delete:Delete a memory store' \
'archive:Archive a memory store' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores__subcmd__update_commands] )) ||
_ant__subcmd__beta:memory-stores__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories_commands] )) ||
_ant__subcmd__beta:memory-stores:memories_commands() {
    local commands; commands=(
'create:Create a memory' \
'retrieve:Get a memory' \
'update:Update a memory' \
'list:List a memory store'\''s memories' \
'delete:Delete a memory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores:memories commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__create_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__delete_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help_commands() {
    local commands; commands=(
'create:Create a memory' \
'retrieve:Get a memory' \
'update:Update a memory' \
'list:List a memory store'\''s memories' \
'delete:Delete a memory' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores:memories help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memories__subcmd__update_commands] )) ||
_ant__subcmd__beta:memory-stores:memories__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memories update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions_commands() {
    local commands; commands=(
'retrieve:Get a memory version' \
'list:List a memory store'\''s memory versions' \
'redact:Erase a memory version'\''s content' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores:memory-versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a memory version' \
'list:List a memory store'\''s memory versions' \
'redact:Erase a memory version'\''s content' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:memory-stores:memory-versions help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__redact_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__redact_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions help redact commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__list_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__redact_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__redact_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions redact commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:memory-stores:memory-versions__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:memory-stores:memory-versions__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:memory-stores:memory-versions retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages_commands] )) ||
_ant__subcmd__beta:messages_commands() {
    local commands; commands=(
'create:Send messages, get the reply (--stream prints it as it arrives)' \
'count-tokens:Count the tokens a Messages request would use' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:messages commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__count-tokens_commands] )) ||
_ant__subcmd__beta:messages__subcmd__count-tokens_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages count-tokens commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__create_commands] )) ||
_ant__subcmd__beta:messages__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__help_commands] )) ||
_ant__subcmd__beta:messages__subcmd__help_commands() {
    local commands; commands=(
'create:Send messages, get the reply (--stream prints it as it arrives)' \
'count-tokens:Count the tokens a Messages request would use' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:messages help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__help__subcmd__count-tokens_commands] )) ||
_ant__subcmd__beta:messages__subcmd__help__subcmd__count-tokens_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages help count-tokens commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:messages__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:messages__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches_commands] )) ||
_ant__subcmd__beta:messages:batches_commands() {
    local commands; commands=(
'create:Create a message batch' \
'retrieve:Get a message batch' \
'list:List message batches' \
'delete:Delete a message batch' \
'cancel:Cancel a batch that is still processing' \
'results:Print a finished batch'\''s results, one JSON line per request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:messages:batches commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__cancel_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__create_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__delete_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help_commands() {
    local commands; commands=(
'create:Create a message batch' \
'retrieve:Get a message batch' \
'list:List message batches' \
'delete:Delete a message batch' \
'cancel:Cancel a batch that is still processing' \
'results:Print a finished batch'\''s results, one JSON line per request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:messages:batches help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__cancel_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__results_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__results_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help results commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__list_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__results_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__results_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches results commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:messages:batches__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:messages:batches__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:messages:batches retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models_commands] )) ||
_ant__subcmd__beta:models_commands() {
    local commands; commands=(
'retrieve:Get a model' \
'list:List models' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:models commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__help_commands] )) ||
_ant__subcmd__beta:models__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a model' \
'list:List models' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:models help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:models__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:models help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:models__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:models help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:models__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:models help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__list_commands] )) ||
_ant__subcmd__beta:models__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:models list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:models__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:models__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:models retrieve commands' commands "$@"
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
(( $+functions[_ant__subcmd__beta:sessions:resources_commands] )) ||
_ant__subcmd__beta:sessions:resources_commands() {
    local commands; commands=(
'retrieve:Get a session resource' \
'update:Update a session resource' \
'list:List a session'\''s resources' \
'delete:Delete a session resource' \
'add:Mount a file into a session' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:resources commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__add_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources add commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__delete_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a session resource' \
'update:Update a session resource' \
'list:List a session'\''s resources' \
'delete:Delete a session resource' \
'add:Mount a file into a session' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:resources help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__add_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help add commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:resources__subcmd__update_commands] )) ||
_ant__subcmd__beta:sessions:resources__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:resources update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads_commands] )) ||
_ant__subcmd__beta:sessions:threads_commands() {
    local commands; commands=(
'retrieve:Get a thread' \
'list:List a session'\''s threads' \
'archive:Archive a thread' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:threads commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__archive_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a thread' \
'list:List a session'\''s threads' \
'archive:Archive a thread' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:threads help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:sessions:threads__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events_commands] )) ||
_ant__subcmd__beta:sessions:threads:events_commands() {
    local commands; commands=(
'list:List a thread'\''s events' \
'stream:Stream a thread'\''s events as they happen' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:threads:events commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__help_commands() {
    local commands; commands=(
'list:List a thread'\''s events' \
'stream:Stream a thread'\''s events as they happen' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:sessions:threads:events help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads:events help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads:events help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__stream_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__help__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads:events help stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__list_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads:events list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:sessions:threads:events__subcmd__stream_commands] )) ||
_ant__subcmd__beta:sessions:threads:events__subcmd__stream_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:sessions:threads:events stream commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills_commands] )) ||
_ant__subcmd__beta:skills_commands() {
    local commands; commands=(
'create:Create a skill from files' \
'retrieve:Get a skill' \
'list:List skills' \
'delete:Delete a skill' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:skills commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__create_commands] )) ||
_ant__subcmd__beta:skills__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__delete_commands] )) ||
_ant__subcmd__beta:skills__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help_commands() {
    local commands; commands=(
'create:Create a skill from files' \
'retrieve:Get a skill' \
'list:List skills' \
'delete:Delete a skill' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:skills help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:skills__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__list_commands] )) ||
_ant__subcmd__beta:skills__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:skills__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions_commands] )) ||
_ant__subcmd__beta:skills:versions_commands() {
    local commands; commands=(
'create:Make a new version of a skill from files' \
'retrieve:Get a skill version' \
'list:List a skill'\''s versions' \
'delete:Delete a skill version' \
'download:Download a skill version'\''s files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:skills:versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__create_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__delete_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__download_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__download_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions download commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help_commands() {
    local commands; commands=(
'create:Make a new version of a skill from files' \
'retrieve:Get a skill version' \
'list:List a skill'\''s versions' \
'delete:Delete a skill version' \
'download:Download a skill version'\''s files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:skills:versions help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__download_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__download_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help download commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__list_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:skills:versions__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:skills:versions__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:skills:versions retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels_commands] )) ||
_ant__subcmd__beta:tunnels_commands() {
    local commands; commands=(
'create:Create a tunnel' \
'retrieve:Get a tunnel' \
'list:List tunnels' \
'archive:Archive a tunnel' \
'reveal-token:Show a tunnel'\''s connection token' \
'rotate-token:Replace a tunnel'\''s connection token' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:tunnels commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__archive_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__create_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help_commands() {
    local commands; commands=(
'create:Create a tunnel' \
'retrieve:Get a tunnel' \
'list:List tunnels' \
'archive:Archive a tunnel' \
'reveal-token:Show a tunnel'\''s connection token' \
'rotate-token:Replace a tunnel'\''s connection token' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:tunnels help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__reveal-token_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__reveal-token_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help reveal-token commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__help__subcmd__rotate-token_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__help__subcmd__rotate-token_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels help rotate-token commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__list_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__reveal-token_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__reveal-token_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels reveal-token commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels__subcmd__rotate-token_commands] )) ||
_ant__subcmd__beta:tunnels__subcmd__rotate-token_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels rotate-token commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates_commands] )) ||
_ant__subcmd__beta:tunnels:certificates_commands() {
    local commands; commands=(
'create:Add a CA certificate to a tunnel' \
'retrieve:Get a certificate' \
'list:List a tunnel'\''s certificates' \
'archive:Archive a certificate' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:tunnels:certificates commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__archive_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__create_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help_commands() {
    local commands; commands=(
'create:Add a CA certificate to a tunnel' \
'retrieve:Get a certificate' \
'list:List a tunnel'\''s certificates' \
'archive:Archive a certificate' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:tunnels:certificates help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__list_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:tunnels:certificates__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:tunnels:certificates__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:tunnels:certificates retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles_commands] )) ||
_ant__subcmd__beta:user-profiles_commands() {
    local commands; commands=(
'create:Create an user profile' \
'retrieve:Get an user profile' \
'update:Update an user profile' \
'list:List user profiles' \
'create-enrollment-url:Make an enrollment link for a user profile' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:user-profiles commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__create_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__create-enrollment-url_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__create-enrollment-url_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles create-enrollment-url commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help_commands() {
    local commands; commands=(
'create:Create an user profile' \
'retrieve:Get an user profile' \
'update:Update an user profile' \
'list:List user profiles' \
'create-enrollment-url:Make an enrollment link for a user profile' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:user-profiles help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__create-enrollment-url_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__create-enrollment-url_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help create-enrollment-url commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__list_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:user-profiles__subcmd__update_commands] )) ||
_ant__subcmd__beta:user-profiles__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:user-profiles update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults_commands] )) ||
_ant__subcmd__beta:vaults_commands() {
    local commands; commands=(
'create:Create a vault' \
'retrieve:Get a vault' \
'update:Update a vault' \
'list:List vaults' \
'delete:Delete a vault' \
'archive:Archive a vault' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:vaults commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__archive_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__create_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__delete_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help_commands() {
    local commands; commands=(
'create:Create a vault' \
'retrieve:Get a vault' \
'update:Update a vault' \
'list:List vaults' \
'delete:Delete a vault' \
'archive:Archive a vault' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:vaults help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__list_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults__subcmd__update_commands] )) ||
_ant__subcmd__beta:vaults__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials_commands] )) ||
_ant__subcmd__beta:vaults:credentials_commands() {
    local commands; commands=(
'create:Create a credential' \
'retrieve:Get a credential' \
'update:Update a credential' \
'list:List a vault'\''s credentials' \
'delete:Delete a credential' \
'archive:Archive a credential' \
'mcp-oauth-validate:Check an MCP OAuth credential against its server' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:vaults:credentials commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__archive_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__create_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__delete_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help_commands() {
    local commands; commands=(
'create:Create a credential' \
'retrieve:Get a credential' \
'update:Update a credential' \
'list:List a vault'\''s credentials' \
'delete:Delete a credential' \
'archive:Archive a credential' \
'mcp-oauth-validate:Check an MCP OAuth credential against its server' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant beta:vaults:credentials help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__archive_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help archive commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__mcp-oauth-validate_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__mcp-oauth-validate_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help mcp-oauth-validate commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__update_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials help update commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__list_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials list commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__mcp-oauth-validate_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__mcp-oauth-validate_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials mcp-oauth-validate commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__retrieve_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__beta:vaults:credentials__subcmd__update_commands] )) ||
_ant__subcmd__beta:vaults:credentials__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'ant beta:vaults:credentials update commands' commands "$@"
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
(( $+functions[_ant__subcmd__completions_commands] )) ||
_ant__subcmd__completions_commands() {
    local commands; commands=(
'create:Complete a prompt (--stream prints the completion as it arrives)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant completions commands' commands "$@"
}
(( $+functions[_ant__subcmd__completions__subcmd__create_commands] )) ||
_ant__subcmd__completions__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant completions create commands' commands "$@"
}
(( $+functions[_ant__subcmd__completions__subcmd__help_commands] )) ||
_ant__subcmd__completions__subcmd__help_commands() {
    local commands; commands=(
'create:Complete a prompt (--stream prints the completion as it arrives)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant completions help commands' commands "$@"
}
(( $+functions[_ant__subcmd__completions__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__completions__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant completions help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__completions__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__completions__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant completions help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__help_commands] )) ||
_ant__subcmd__help_commands() {
    local commands; commands=(
'beta:agents:Agents\: a model, a system prompt and tools, versioned' \
'beta:agents:versions:The versions of an agent' \
'beta:environments:Environments\: where sessions run (cloud or self-hosted)' \
'beta:environments:work:A self-hosted environment'\''s work queue (the worker uses it)' \
'beta:sessions:Sessions\: an agent at work in an environment' \
'beta:sessions:events:A session'\''s events\: send input, list the log, stream it live' \
'beta:sessions:resources:Files and repositories mounted into a session' \
'beta:sessions:threads:The threads of a multi-agent session' \
'beta:sessions:threads:events:A thread'\''s events\: list them, stream them live' \
'beta:deployments:Deployments\: sessions started on a schedule or on demand' \
'beta:deployment-runs:The runs of deployments' \
'beta:vaults:Vaults\: credentials that sessions use for MCP servers' \
'beta:vaults:credentials:The credentials in a vault' \
'beta:memory-stores:Memory stores\: files an agent remembers across sessions' \
'beta:memory-stores:memories:The memories in a memory store' \
'beta:memory-stores:memory-versions:The history of a memory store'\''s memories' \
'beta:files:Files\: upload once, use in messages and sessions' \
'beta:skills:Skills\: folders of instructions and scripts an agent can load' \
'beta:skills:versions:The versions of a skill' \
'beta:user-profiles:User profiles\: the end users you act for' \
'beta:dreams:Dreams\: offline consolidation of memory stores' \
'beta:tunnels:MCP tunnels\: reach MCP servers on a private network' \
'beta:tunnels:certificates:The CA certificates a tunnel trusts' \
'messages:The Messages API\: send a conversation, get the model'\''s reply' \
'messages:batches:Many Messages requests at once, processed asynchronously' \
'beta:messages:The Messages API with beta features (MCP servers, context management, ...)' \
'beta:messages:batches:Message batches with beta features' \
'models:The models the API offers' \
'beta:models:The models the API offers, through the beta API' \
'completions:Legacy text completions' \
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
    local commands; commands=()
    _describe -t commands 'ant help beta:agents commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:agents:versions_commands] )) ||
_ant__subcmd__help__subcmd__beta:agents:versions_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:agents:versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:deployment-runs_commands] )) ||
_ant__subcmd__help__subcmd__beta:deployment-runs_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:deployment-runs commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:deployments_commands] )) ||
_ant__subcmd__help__subcmd__beta:deployments_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:deployments commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:dreams_commands] )) ||
_ant__subcmd__help__subcmd__beta:dreams_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:dreams commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:environments:work_commands] )) ||
_ant__subcmd__help__subcmd__beta:environments:work_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:environments:work commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:files_commands] )) ||
_ant__subcmd__help__subcmd__beta:files_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:files commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:memory-stores_commands] )) ||
_ant__subcmd__help__subcmd__beta:memory-stores_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:memory-stores commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:memory-stores:memories_commands] )) ||
_ant__subcmd__help__subcmd__beta:memory-stores:memories_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:memory-stores:memories commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:memory-stores:memory-versions_commands] )) ||
_ant__subcmd__help__subcmd__beta:memory-stores:memory-versions_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:memory-stores:memory-versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:messages_commands] )) ||
_ant__subcmd__help__subcmd__beta:messages_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:messages commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:messages:batches_commands] )) ||
_ant__subcmd__help__subcmd__beta:messages:batches_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:messages:batches commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:models_commands] )) ||
_ant__subcmd__help__subcmd__beta:models_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:models commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:events_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:events_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:events commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:resources_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:resources_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:resources commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:threads_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:threads_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:threads commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:sessions:threads:events_commands] )) ||
_ant__subcmd__help__subcmd__beta:sessions:threads:events_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:sessions:threads:events commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:skills_commands] )) ||
_ant__subcmd__help__subcmd__beta:skills_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:skills commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:skills:versions_commands] )) ||
_ant__subcmd__help__subcmd__beta:skills:versions_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:skills:versions commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:tunnels_commands] )) ||
_ant__subcmd__help__subcmd__beta:tunnels_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:tunnels commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:tunnels:certificates_commands] )) ||
_ant__subcmd__help__subcmd__beta:tunnels:certificates_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:tunnels:certificates commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:user-profiles_commands] )) ||
_ant__subcmd__help__subcmd__beta:user-profiles_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:user-profiles commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:vaults_commands] )) ||
_ant__subcmd__help__subcmd__beta:vaults_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:vaults commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__beta:vaults:credentials_commands] )) ||
_ant__subcmd__help__subcmd__beta:vaults:credentials_commands() {
    local commands; commands=()
    _describe -t commands 'ant help beta:vaults:credentials commands' commands "$@"
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
(( $+functions[_ant__subcmd__help__subcmd__completions_commands] )) ||
_ant__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'ant help completions commands' commands "$@"
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
(( $+functions[_ant__subcmd__help__subcmd__messages_commands] )) ||
_ant__subcmd__help__subcmd__messages_commands() {
    local commands; commands=()
    _describe -t commands 'ant help messages commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__messages:batches_commands] )) ||
_ant__subcmd__help__subcmd__messages:batches_commands() {
    local commands; commands=()
    _describe -t commands 'ant help messages:batches commands' commands "$@"
}
(( $+functions[_ant__subcmd__help__subcmd__models_commands] )) ||
_ant__subcmd__help__subcmd__models_commands() {
    local commands; commands=()
    _describe -t commands 'ant help models commands' commands "$@"
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
(( $+functions[_ant__subcmd__messages_commands] )) ||
_ant__subcmd__messages_commands() {
    local commands; commands=(
'create:Send messages, get the reply (--stream prints it as it arrives)' \
'count-tokens:Count the tokens a Messages request would use' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant messages commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__count-tokens_commands] )) ||
_ant__subcmd__messages__subcmd__count-tokens_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages count-tokens commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__create_commands] )) ||
_ant__subcmd__messages__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages create commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__help_commands] )) ||
_ant__subcmd__messages__subcmd__help_commands() {
    local commands; commands=(
'create:Send messages, get the reply (--stream prints it as it arrives)' \
'count-tokens:Count the tokens a Messages request would use' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant messages help commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__help__subcmd__count-tokens_commands] )) ||
_ant__subcmd__messages__subcmd__help__subcmd__count-tokens_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages help count-tokens commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__messages__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__messages__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches_commands] )) ||
_ant__subcmd__messages:batches_commands() {
    local commands; commands=(
'create:Create a message batch' \
'retrieve:Get a message batch' \
'list:List message batches' \
'delete:Delete a message batch' \
'cancel:Cancel a batch that is still processing' \
'results:Print a finished batch'\''s results, one JSON line per request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant messages:batches commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__cancel_commands] )) ||
_ant__subcmd__messages:batches__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__create_commands] )) ||
_ant__subcmd__messages:batches__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches create commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__delete_commands] )) ||
_ant__subcmd__messages:batches__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help_commands() {
    local commands; commands=(
'create:Create a message batch' \
'retrieve:Get a message batch' \
'list:List message batches' \
'delete:Delete a message batch' \
'cancel:Cancel a batch that is still processing' \
'results:Print a finished batch'\''s results, one JSON line per request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant messages:batches help commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__cancel_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help cancel commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__create_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help create commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__delete_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help delete commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__results_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__results_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help results commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__messages:batches__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__list_commands] )) ||
_ant__subcmd__messages:batches__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches list commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__results_commands] )) ||
_ant__subcmd__messages:batches__subcmd__results_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches results commands' commands "$@"
}
(( $+functions[_ant__subcmd__messages:batches__subcmd__retrieve_commands] )) ||
_ant__subcmd__messages:batches__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant messages:batches retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__models_commands] )) ||
_ant__subcmd__models_commands() {
    local commands; commands=(
'retrieve:Get a model' \
'list:List models' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant models commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__help_commands] )) ||
_ant__subcmd__models__subcmd__help_commands() {
    local commands; commands=(
'retrieve:Get a model' \
'list:List models' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'ant models help commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__help__subcmd__help_commands] )) ||
_ant__subcmd__models__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'ant models help help commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__help__subcmd__list_commands] )) ||
_ant__subcmd__models__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant models help list commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__help__subcmd__retrieve_commands] )) ||
_ant__subcmd__models__subcmd__help__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant models help retrieve commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__list_commands] )) ||
_ant__subcmd__models__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'ant models list commands' commands "$@"
}
(( $+functions[_ant__subcmd__models__subcmd__retrieve_commands] )) ||
_ant__subcmd__models__subcmd__retrieve_commands() {
    local commands; commands=()
    _describe -t commands 'ant models retrieve commands' commands "$@"
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
