#!/bin/sh
# kmeans: given centres with each algorithm (R's kmeans(x, centers,
# algorithm = ...) gives these numbers; tests/unit/test_kmeans.c checks
# them to 1e-9), seeded starts, the views, threads, bad input.
. tests/cli/lib.sh
C3=$DATA/iris-centers.csv
C5=$DATA/iris-centers5.csv
check hartigan-wong     0 kmeans -c 1-4 --centers "$C3" "$DATA/iris.csv"
check lloyd             0 kmeans -c 1-4 --centers "$C3" --algorithm lloyd "$DATA/iris.csv"
check macqueen          0 kmeans -c 1-4 --centers "$C3" --algorithm macqueen "$DATA/iris.csv"
check not-converged     0 kmeans -c 1-4 --centers "$C5" --algorithm lloyd --digits 8 "$DATA/iris.csv"
check iter-max          0 kmeans -c 1-4 --centers "$C5" --algorithm lloyd --iter-max 20 --digits 8 "$DATA/iris.csv"
check summary           0 kmeans -c 1-4 --centers "$C3" --summary "$DATA/iris.csv"
check assign            0 kmeans -c 1-4 --centers "$C3" --assign --digits 6 "$DATA/iris.csv"
check seeded            0 kmeans -c 1-4 -k 3 --seed 42 --digits 8 "$DATA/iris.csv"
check nstart-one        0 kmeans -c 1-4 -k 3 --nstart 1 --seed 3 --summary "$DATA/iris.csv"
check scale             0 kmeans -c 1-4 -k 3 --scale --digits 8 "$DATA/iris.csv"
check elbow             0 kmeans -c 1-4 --elbow 1-5 --digits 8 "$DATA/iris.csv"
check missing           0 kmeans -c Ozone,Temp -k 2 --summary "$DATA/airquality.csv"
check missing-assign    0 kmeans -c Ozone,Temp -k 2 --assign --digits 6 "$DATA/airquality.csv"
check_sh threads        0 'for t in 1 2 3; do $SP kmeans -c 1-4 -k 4 --threads $t testdata/iris.csv; done | sort -u | wc -l'
check_in stdin          0 "$DATA/iris.csv" kmeans -c 1-4 --centers "$C3" --format table --digits 5
check text-column       1 kmeans -c Sepal.Length,Species -k 2 "$DATA/iris.csv"
check too-many          1 kmeans -c 1 -k 3 "$DATA/constant.csv"
check empty-cluster     1 kmeans -c 1-4 --centers "$DATA/iris-far-centers.csv" "$DATA/iris.csv"
check centers-columns   2 kmeans -c 1-3 --centers "$C3" "$DATA/iris.csv"
check k-and-centers     2 kmeans -c 1-4 -k 2 --centers "$C3" "$DATA/iris.csv"
check no-k              2 kmeans -c 1-4 "$DATA/iris.csv"
check bad-algorithm     2 kmeans -c 1-4 -k 3 --algorithm elkan "$DATA/iris.csv"
check bad-elbow         2 kmeans -c 1-4 --elbow 5-2 "$DATA/iris.csv"
check_sh save-model     0 'f=$(mktemp) && $SP kmeans -c 1-4 --centers testdata/iris-centers.csv --scale --save-model "$f" testdata/iris.csv >/dev/null && cat "$f"; rm -f "$f"'
check help              0 kmeans --help
done_testing
