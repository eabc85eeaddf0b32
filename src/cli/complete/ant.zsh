#compdef ant
# zsh completion for ant, answered by `ant __complete` (commands, flags, and resource ids from
# the API). Load it with: source <(ant @completion zsh), or install it as _ant in $fpath.
_ant() {
    local out code cur=${words[CURRENT]}
    local -a candidates
    out=$(COMPLETION_STYLE=zsh ${words[1]} __complete -- "${(@)words[2,CURRENT-1]}" "$cur" 2>/dev/null)
    code=$?
    # A value that embeds a file: @path, @file://path, @data://path.
    if [[ $cur == *@* ]]; then
        if [[ ${cur##*@} == (file|data)://* ]]; then
            compset -P '*@(file|data)://'
        else
            compset -P '*@'
        fi
        _files
        return
    fi
    case $code in
    0)
        candidates=("${(@f)out}")
        _describe 'ant' candidates
        ;;
    10) _files ;;
    *) return 1 ;;
    esac
}
if [[ ${funcstack[1]} == _ant ]]; then
    _ant "$@"
else
    compdef _ant ant
fi
