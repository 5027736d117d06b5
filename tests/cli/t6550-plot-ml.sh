#!/bin/sh
# plot roc, importance, scree and biplot (the learners' charts) and the
# scores of pca coloured by kmeans' clusters: the gnuplot scripts (golden;
# the numbers of biplot are R's, see scripts/gen-fixtures-unsup.R), the
# AUC in roc's legend equal to metrics', renderings by the real gnuplot,
# bad usage and bad data (data that tries to become a command: t4100).
. tests/cli/lib.sh

# pca's scores coloured by kmeans' clusters: --by on the numeric column
check_sh scatter-cluster 0 '$SP pca --scale --scores -c 1-4 testdata/iris.csv | $SP kmeans --assign -c PC1,PC2 -k 3 --seed 1 | $SP plot scatter -x PC1 -y PC2 --by cluster --script'

# scree: pca's summary
check_sh scree        0 '$SP pca --scale -c 1-4 testdata/iris.csv | $SP plot scree --script'
check_sh scree-var    0 '$SP pca --scale -c 1-4 testdata/iris.csv | $SP plot scree -y variance --script'
check scree-nocols    2 plot scree "$DATA/iris.csv"
check scree-text      1 plot scree -y Species "$DATA/iris.csv"

# biplot: R's biplot(prcomp(iris[, 1:4], scale. = TRUE)) up to the sign
# rule: xrange -0.2259094365:0.2286512299, x2range -11.99840036:12.14402126
check biplot          0 plot biplot -c 1-4 --scale --script "$DATA/iris.csv"
check biplot-by       0 plot biplot -c Sepal.Length,Sepal.Width,Petal.Length,Petal.Width --by Species --script "$DATA/iris.csv"
check biplot-one      2 plot biplot -c 1 "$DATA/iris.csv"
check biplot-text     1 plot biplot -c 1-5 "$DATA/iris.csv"
check_sh biplot-rows  1 'printf "a,b\n1,2\nNA,3\n" | $SP plot biplot -c a,b'
check scale-scatter   2 plot scatter -x 1 -y 2 --scale "$DATA/iris.csv"

# roc: the truth and the probabilities of the positive class (metrics'
# rule: the last class by bytes, or --positive)
check roc             0 plot roc -x truth -y prob_yes --script "$DATA/metrics-bin.csv"
check roc-two         0 plot roc -x truth -y prob_yes,prob_no --script "$DATA/metrics-bin.csv"
check roc-positive    0 plot roc -x truth -y prob_no --positive no --script "$DATA/metrics-bin.csv"
check roc-bad-positive 2 plot roc -x truth -y prob_no --positive maybe "$DATA/metrics-bin.csv"
check positive-scatter 2 plot scatter -x prob_no -y prob_yes --positive no "$DATA/metrics-bin.csv"
check roc-no-y        2 plot roc -x truth "$DATA/metrics-bin.csv"
check roc-bad-prob    1 plot roc -x Species -y Sepal.Length "$DATA/iris.csv"
check_sh roc-one-class 1 'printf "t,p\na,0.1\na,0.2\n" | $SP plot roc -x t -y p'
check_sh roc-no-pos   1 'printf "t,p\na,0.1\nb,NA\n" | $SP plot roc -x t -y p'
check_sh roc-missing  0 'printf "t,p\na,0.1\nb,0.7\nNA,0.3\na,NA\nb,0.2\n" | $SP plot roc -x t -y p --script'
# the legend's AUC is metrics' AUC at 7 significant digits
for pos in yes no; do
	auc=$("$SP" metrics -t truth --prob prob_$pos --positive $pos "$DATA/metrics-bin.csv" |
	    awk -F, '$1 == "auc" { printf "%.7g", $3 }')
	if "$SP" plot roc -x truth -y prob_$pos --positive $pos --script "$DATA/metrics-bin.csv" |
	    grep -q "title 'AUC = $auc',"; then
		npass=$((npass + 1))
		echo "ok - $T roc-auc-$pos: AUC = $auc as metrics"
	else
		nfail=$((nfail + 1))
		echo "not ok - $T roc-auc-$pos: the legend's AUC is not metrics' $auc"
	fi
done

# importance: tree's and forest's --importance output
check_sh importance-tree   0 '$SP tree --importance "Kyphosis ~ ." testdata/kyphosis.csv | $SP plot importance --script'
check_sh importance-forest 0 '$SP forest --importance permutation --trees 50 --seed 7 "Species ~ ." testdata/iris.csv | $SP plot importance --script'
check_sh importance-xy 0 '$SP groupby -k cyl mean:mpg testdata/mtcars.csv | $SP plot importance -x cyl -y mpg_mean --script'
check importance-nocols 2 plot importance "$DATA/iris.csv"

# the text terminal, drawn by gnuplot
check_sh dumb-roc     0 '$SP plot roc -x truth -y prob_yes testdata/metrics-bin.csv'
check_sh dumb-biplot  0 '$SP plot biplot -c 1-4 --scale testdata/iris.csv'

# rendering to SVG by the real gnuplot: no message, the asked size
for args in 'roc -x truth -y prob_yes,prob_no testdata/metrics-bin.csv' \
    'biplot -c 1-4 --by Species testdata/iris.csv' \
    'importance -x Species -y Sepal.Length testdata/iris.csv'; do
	name=svg-${args%% *}
	check_sh "$name" 0 "$SP plot $args -o '$tmp/x.svg' --size 640x480 && grep -c 'width=\"640\" height=\"480\"' '$tmp/x.svg'"
done
check_sh svg-scree 0 "$SP pca -c 1-4 testdata/iris.csv | $SP plot scree -o '$tmp/x.svg' --size 640x480 && grep -c 'width=\"640\" height=\"480\"' '$tmp/x.svg'"
done_testing
