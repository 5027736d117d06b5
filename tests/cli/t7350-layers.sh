#!/bin/sh
# lib/'s include graph (scripts/check-layers.sh): no include from a lower
# layer to a higher one; no circle (frame <-> group is gone: the key
# table is its own module, group_table);
# and the checker itself finds a planted upward include and circle.
. tests/cli/lib.sh
sh scripts/check-layers.sh >"$tmp/layers"
check_sh no-upward-include 0 'grep -v "^circle:" $tmp/layers; true'
# no circle at all: model/model <-> glm is gone (struct model_fit is its
# own module, model/fit), and so is the one among plot's modules (the
# options they share are plot/plotopts); before them core/diag <->
# xalloc, expr <-> func <-> window and learn's cv <-> tree <-> forest <->
# flat went
check_sh no-circle         0 'sh scripts/check-layers.sh'
check_sh frame-group       0 'grep -c "frame/" $tmp/layers; true'
check_sh planted           1 'mkdir -p $tmp/l/core $tmp/l/plot $tmp/l/frame
printf "#include \"plot/p.h\"\n" >$tmp/l/core/c.c
printf "#include \"frame/b.h\"\n" >$tmp/l/frame/a.c
printf "#include \"frame/a.h\"\n" >$tmp/l/frame/b.c
: >$tmp/l/plot/p.h
sh scripts/check-layers.sh $tmp/l >&2'
done_testing
