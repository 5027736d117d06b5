#!/bin/sh
# Pass-through columns are copied byte for byte: every command that writes
# the input's rows with computed columns after them starts each output line
# with the input line as it is (testdata/passthrough-na.csv is written as
# statpipe writes CSV: quoted only where needed), NA, null, N/A and NaN as
# written, " 25 ", 005, 7e0, 1.0 and 7.50 unchanged.  Before, regress
# --augment and --influence, nls --augment, predict of models fitted on
# frames, dist --cdf-col and padjust wrote missing values empty and
# numbers reformatted.  JSON and the formats for people still write the
# numbers of numeric columns as numbers, missing ones as null.
. tests/cli/lib.sh
IN=$DATA/passthrough-na.csv

# NAME ARGS...: statpipe ARGS IN, each line prefixed by the input's line
same() {
	name=$1
	shift
	check_sh "$name" 0 "\$SP $* $IN >\$tmp/o 2>/dev/null && awk '
	    NR == FNR { line[FNR] = \$0; n = FNR; next }
	    FNR > n || index(\$0, line[FNR] \",\") != 1 { bad++ }
	    END { print (bad || FNR != n) ? \"differs\" : \"same\" }' $IN \$tmp/o"
}

same regress-augment regress "'y ~ x'" --augment
same regress-influence regress "'y ~ x'" --influence
same glm-augment regress "'y ~ x'" --family gaussian --link log --augment
same nls-augment nls "'y ~ a + b * x'" --start a=1,b=1 --augment
same dist-cdf-col dist norm --cdf-col x
same padjust padjust -c p
same mutate mutate "'z = y * 2'"
same kmeans-assign kmeans -k 2 -c x,y --seed 1 --assign
same pca-scores pca -c x,y --scores
same bin bin -c y --bins 2
for m in regress tree kmeans pca; do
	case $m in
	regress|tree) f="'y ~ x'" ;;
	kmeans) f="-k 2 -c x,y --seed 1" ;;
	*) f="-c x,y" ;;
	esac
	check_sh "save-$m" 0 "\$SP $m $f --save-model \$tmp/$m.json $IN \
	    >/dev/null 2>&1 && echo saved"
	same "predict-$m" predict --model "\$tmp/$m.json"
done
# the whole tables: cells as read in csv and tsv, numbers in json
check augment 0 regress 'y ~ x' --augment --digits 4 "$IN"
check augment-tsv 0 regress 'y ~ x' --augment --digits 4 --format tsv "$IN"
check augment-json 0 regress 'y ~ x' --augment --digits 4 --format json "$IN"
check augment-table 0 regress 'y ~ x' --augment --digits 4 --format table "$IN"
check dist-json 0 dist norm --cdf-col x --digits 4 --format json "$IN"
done_testing
