#!/bin/sh
# check-layers.sh: the include graph of lib/ keeps the layers lib/README
# states.  A module (lib/LAYER/MOD.c and .h) may include modules of its own
# layer and of the layers below it, never above; and no module includes
# itself through others (no import circle).  Prints each include upward
# and the modules of each circle, one line each; exits 1 if there is any.
# Usage, from the repository root: sh scripts/check-layers.sh [LIBDIR]
lib=${1:-lib}
edges=$(mktemp)
trap 'rm -f "$edges" "$edges.loop"' EXIT

# the layers, lowest first; layers of one rank may include each other
rank() {
	case $1 in
	core) echo 0 ;; io) echo 1 ;; frame) echo 2 ;; linalg) echo 3 ;;
	stats|model|expr|wrangle) echo 4 ;; learn) echo 5 ;; plot) echo 6 ;;
	*) echo 99 ;;
	esac
}

bad=0
for f in "$lib"/*/*.[ch]; do
	from=${f#"$lib"/}
	from=${from%.*}
	sed -n 's/^#include "\([a-z]*\/[a-z_0-9]*\)\.h".*/\1/p' "$f" |
	    while read -r to; do
		[ "$to" = "$from" ] || echo "$from $to"
	done
done | sort -u >"$edges"

while read -r from to; do
	rf=$(rank "${from%%/*}")
	rt=$(rank "${to%%/*}")
	if [ "$rf" -eq 99 ] || [ "$rt" -eq 99 ]; then
		echo "$from includes $to: a layer lib/README does not list"
		bad=1
	elif [ "$rt" -gt "$rf" ]; then
		echo "$from includes $to: a higher layer"
		bad=1
	fi
done <"$edges"

# the circles: modules that reach each other, by the transitive closure
awk '
{ id($1); id($2); r[n[$1], n[$2]] = 1 }
function id(m) { if (!(m in n)) { n[m] = ++k; name[k] = m } }
END {
	for (c = 1; c <= k; c++)
		for (a = 1; a <= k; a++)
			if ((a, c) in r)
				for (b = 1; b <= k; b++)
					if ((c, b) in r)
						r[a, b] = 1
	for (a = 1; a <= k; a++) {
		if (done[a] || !((a, a) in r))
			continue
		line = ""
		for (b = 1; b <= k; b++)
			if ((a, b) in r && (b, a) in r) {
				done[b] = 1
				line = line " " name[b]
			}
		print "circle:" line
	}
}' "$edges" | sort >"$edges.loop"
cat "$edges.loop"
[ -s "$edges.loop" ] && bad=1
rm -f "$edges.loop"
[ "$bad" -eq 0 ] && echo "lib/: no include upward, no circle"
exit "$bad"
