# fish completion for ant, answered by `ant __complete` (commands, flags, and resource ids from
# the API). Load it with: ant @completion fish | source
function __ant_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l out (env COMPLETION_STYLE=fish $tokens[1] __complete -- $tokens[2..-1] $current 2>/dev/null)
    set -l code $status
    # A value that embeds a file: @path, @file://path, @data://path.
    if string match -qr '^(?<before>.*@(?:file://|data://)?)(?<path>.*)$' -- $current
        for p in (__fish_complete_path $path)
            echo $before$p
        end
        return
    end
    switch $code
        case 0
            printf '%s\n' $out
        case 10
            __fish_complete_path $current
    end
end
complete -c ant -f -a '(__ant_complete)'
