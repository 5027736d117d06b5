#!/bin/sh
# completion: the bash, zsh and fish scripts complete commands, options and
# column names from the program's own tables.
. tests/cli/lib.sh
bin=$tmp/bin
mkdir -p "$bin"
ln -s "$SP" "$bin/statpipe"
export PATH="$bin:$PATH"
# the bash completion function on a command line: the candidates, sorted
cb="bash -c '. completions/statpipe.bash; COMP_WORDS=(\"\$@\");
    COMP_CWORD=\$((\$# - 1)); _statpipe;
    printf \"%s\\n\" \"\${COMPREPLY[@]}\" | sort' complete"
check_sh bash-command 0 "$cb statpipe des"
check_sh bash-command-gro 0 "$cb statpipe gro"
check_sh bash-option 0 "$cb statpipe describe --so"
check_sh bash-column 0 "$cb statpipe describe $DATA/iris.csv -c Sep"
check_sh zsh-syntax 0 "zsh -n completions/_statpipe"
check_sh fish-syntax 0 "fish -n completions/statpipe.fish"
done_testing
