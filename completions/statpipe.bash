# bash completion for statpipe.  Commands and options come from the
# program itself ("statpipe --help", "statpipe CMD --help"), so they follow
# its command and option tables; column names from the header of the last
# CSV file already on the line.

_statpipe_columns()
{
	local w f=
	for w in "${COMP_WORDS[@]:2}"; do
		[[ -f $w && $w != -* ]] && f=$w
	done
	[[ -n $f ]] || return
	head -n 1 -- "$f" 2>/dev/null | tr -d '\r"' | tr ',' '\n'
}

_statpipe()
{
	local cur prev cmd words
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	if ((COMP_CWORD == 1)); then
		words=$(statpipe --help 2>/dev/null |
		    awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
		COMPREPLY=($(compgen -W "$words help --help --version" -- "$cur"))
		return
	fi
	cmd=${COMP_WORDS[1]}
	case $prev in
	-c|-k|-x|-y|-g|-t|-p|--by|--columns|--keys|--strata|--count)
		local IFS=$'\n'
		COMPREPLY=($(compgen -W "$(_statpipe_columns)" -- "${cur##*,}"))
		return ;;
	esac
	if [[ $cur == -* ]]; then
		words=$(statpipe "$cmd" --help 2>/dev/null |
		    grep -oE -- '--[a-z][a-z0-9-]*' | sort -u)
		COMPREPLY=($(compgen -W "$words" -- "$cur"))
		return
	fi
	COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _statpipe statpipe
