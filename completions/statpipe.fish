# fish completion for statpipe.  Commands and options come from the program
# itself ("statpipe --help", "statpipe CMD --help"), so they follow its
# command and option tables.

function __statpipe_commands
    statpipe --help 2>/dev/null | awk '/^commands:/ { on = 1; next }
        on && /^  [a-z]/ { n = $1; $1 = ""; sub(/^ +/, ""); print n "\t" $0 }'
end

function __statpipe_options
    set -l cmd (commandline -opc)[2]
    statpipe $cmd --help 2>/dev/null | string match -ar -- '--[a-z][a-z0-9-]*' | sort -u
end

complete -c statpipe -f -n '__fish_is_first_arg' -a '(__statpipe_commands)'
complete -c statpipe -n 'not __fish_is_first_arg' -a '(__statpipe_options)'
complete -c statpipe -n 'not __fish_is_first_arg' -F
