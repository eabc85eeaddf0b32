# bash completion for ant, answered by `ant __complete` (commands, flags, and resource ids from
# the API). Load it with: source <(ant @completion bash)
_ant_complete() {
    local cur=${COMP_WORDS[COMP_CWORD]} out code
    local IFS=$'\n'
    out=$(COMPLETION_STYLE=bash "${COMP_WORDS[0]}" __complete -- "${COMP_WORDS[@]:1:COMP_CWORD-1}" "$cur" 2>/dev/null)
    code=$?
    COMPREPLY=()
    # A value that embeds a file: @path, or @file://path and @data://path, which bash splits
    # at the colon into "@file" ":" "//path".
    if [[ $cur == *@* && $cur != *:* ]]; then
        local prefix=${cur%@*}@
        COMPREPLY=($(compgen -f -- "${cur##*@}" | sed "s|^|$prefix|"))
        return 0
    fi
    if ((COMP_CWORD >= 2)) && [[ $cur == //* && ${COMP_WORDS[COMP_CWORD-1]} == : && ${COMP_WORDS[COMP_CWORD-2]} =~ @(file|data)$ ]]; then
        COMPREPLY=($(compgen -f -- "${cur#//}" | sed "s|^|//|"))
        return 0
    fi
    case $code in
    0) COMPREPLY=($out) ;;
    10) COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
    return 0
}
complete -F _ant_complete ant
