#!/bin/sh
# Output that loses nothing: a write error (/dev/full) is exit 1 with a
# message and nothing else, a closed pipe ends quietly, and the bytes are
# the same whether stdout is a file or a pipe.
. tests/cli/lib.sh

# every command, with arguments that succeed
cmds() {
	cat <<EOCMDS
describe -s all $DATA/iris.csv
groupby -k Species mean:Sepal.Length,Petal.Width count $DATA/iris.csv
ttest -c len -g supp $DATA/ToothGrowth.csv
ztest -c len --sigma 7 $DATA/ToothGrowth.csv
ranktest -c len -g supp $DATA/ToothGrowth.csv
anova -y weight -g group $DATA/PlantGrowth.csv
chisq -c Hair,Eye $DATA/haireye.csv
regress mpg~wt+hp $DATA/mtcars.csv
corr -c mpg,wt,hp $DATA/mtcars.csv
plot scatter -x wt -y mpg --script $DATA/mtcars.csv
EOCMDS
}

# a closed pipe: statpipe dies of SIGPIPE, saying nothing
awk 'BEGIN { print "k,v"; for (i = 0; i < 200000; i++) print i "," i }' \
    >"$tmp/many.csv"
check_sh closed-pipe 0 "\"\$SP\" groupby -k k count '$tmp/many.csv' |
    head -n 2"
check_sh closed-pipe-describe 0 "\"\$SP\" describe --by k -s count \
    '$tmp/many.csv' | head -n 1"

cmds | {
	while read -r cmd args; do
		check_sh "full-$cmd" 1 "\"\$SP\" $cmd $args >/dev/full"
		check_sh "pipe-$cmd" 0 "\"\$SP\" $cmd $args 2>/dev/null |
		    cat >'$tmp/p' && \"\$SP\" $cmd $args >'$tmp/f' 2>/dev/null &&
		    cmp '$tmp/p' '$tmp/f' && test -s '$tmp/f'"
	done
	done_testing
}
