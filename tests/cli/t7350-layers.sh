#!/bin/sh
# lib/'s include graph (scripts/check-layers.sh): no include from a lower
# layer to a higher one; no new circle (frame <-> group is gone: the key
# table is its own module, group_table);
# and the checker itself finds a planted upward include and circle.
. tests/cli/lib.sh
sh scripts/check-layers.sh >"$tmp/layers"
check_sh no-upward-include 0 'grep -v "^circle:" $tmp/layers; true'
# two circles are left, each inside one layer: model/model <-> glm, and
# plot's modules among themselves; any other circle fails (core/diag <->
# xalloc, expr <-> func <-> window and learn's cv <-> tree <-> forest <->
# flat are gone)
check_sh circles-left      0 'grep "^circle:" $tmp/layers |
    grep -Ev "^circle:( plot/[a-z_0-9]*)+\$" |
    grep -vx "circle: model/model model/glm"; true'
check_sh frame-group       0 'grep -c "frame/" $tmp/layers; true'
check_sh planted           1 'mkdir -p $tmp/l/core $tmp/l/plot $tmp/l/frame
printf "#include \"plot/p.h\"\n" >$tmp/l/core/c.c
printf "#include \"frame/b.h\"\n" >$tmp/l/frame/a.c
printf "#include \"frame/a.h\"\n" >$tmp/l/frame/b.c
: >$tmp/l/plot/p.h
sh scripts/check-layers.sh $tmp/l >&2'
done_testing
