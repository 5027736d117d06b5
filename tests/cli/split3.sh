# tests/cli/split3.sh: sourced by the --partial tests after lib.sh.
# split3 FILE OUT: FILE's data rows in three parts OUT.1 OUT.2 OUT.3, each
# with FILE's header.
split3() {
	n=$(($(wc -l <"$1") - 1))
	head -n 1 "$1" >$tmp/h
	sed -n "2,$((n / 3 + 1))p" "$1" | cat $tmp/h - >"$2.1"
	sed -n "$((n / 3 + 2)),$((2 * n / 3 + 1))p" "$1" | cat $tmp/h - >"$2.2"
	sed -n "$((2 * n / 3 + 2)),\$p" "$1" | cat $tmp/h - >"$2.3"
}
