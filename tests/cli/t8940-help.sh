#!/bin/sh
# help: `statpipe CMD --help` prints the usage, then each option with the
# first sentence of its manual entry and an example (GNU style, 80 columns).
. tests/cli/lib.sh
check describe-help     0 describe --help
check ttest-h           0 ttest -h
# every command: exit 0, an Options list, the example, no line over 80
check_sh every-command  0 '$SP --help | awk "/^commands:/ { on = 1; next }
	on && /^  [a-z]/ { print \$1 }" | while read -r c; do
		$SP "$c" --help >"$0.h" 2>&1 || { echo "$c: exit $?"; continue; }
		grep -q "^Options:" "$0.h" || echo "$c: no Options"
		grep -q "^Example:" "$0.h" || echo "$c: no Example"
		sed -n "/^$/,\$p" "$0.h" | awk -v c="$c" "length > 80 { print c \": \" \$0 }"
	done; echo checked; rm -f "$0.h"'
# help CMD: the manual beside the executable (an install under a prefix,
# run from elsewhere); without man on the PATH, the command's --help
check_sh help-installed 0 'd=$(mktemp -d) && mkdir -p "$d/bin" "$d/share/man/man1" &&
	cp "$SP" "$d/bin/statpipe" && cp man/statpipe-describe.1 "$d/share/man/man1/" &&
	(cd / && "$d/bin/statpipe" help describe | grep -c "^NAME"); rm -rf "$d"'
check_sh help-no-man    0 'PATH=/nonexistent "$SP" help describe | head -3'
check_sh help-no-man-list 0 'PATH=/nonexistent "$SP" help statpipe | head -2'
# every command's --help fits 80 columns (GNU): the lines that do not
check_sh help-80-columns 0 'for c in $("$SP" --help | awk "/^  [a-z]/ { print \$1 }");
	do "$SP" $c --help | awk -v c=$c "length(\$0) > 80 { print c \": \" \$0 }"; done'
done_testing
