# bash completion for ant, answered by `ant __complete` (commands, flags, and resource ids from
# the API). Load it with: source <(ant @completion bash)
_ant_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]} out code
    local IFS=$'\n'
    COMPREPLY=()
    # The word as typed up to the cursor.
    local word=${COMP_LINE:0:COMP_POINT}
    word=${word##*[[:space:]]}
    # A value that embeds a file: @path, @file://path, @data://path.
    if [[ $word =~ ^(.*@(file://|data://)?)(.*)$ ]]; then
        local prefix=${BASH_REMATCH[1]} path=${BASH_REMATCH[3]} file
        # Readline replaces the text after the word's last ':' or '=', from its last '@' on.
        local rest=${word##*[:=]}
        local lead=${word:0:${#word}-${#rest}}
        [[ $rest == *@* ]] && lead+=${rest%@*}
        for file in $(compgen -f -- "$path"); do
            file=$prefix$file
            COMPREPLY+=("${file#"$lead"}")
        done
        return 0
    fi
    out=$(COMPLETION_STYLE=bash "${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null)
    code=$?
    case $code in
    0) COMPREPLY=($out) ;;
    10) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
    return 0
}
complete -F _ant_complete ant
