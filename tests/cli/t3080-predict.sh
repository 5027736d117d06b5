#!/bin/sh
# predict: a model saved by regress --save-model, applied to new rows.
. tests/cli/lib.sh
m=$tmp/model.json
check_sh save          0 "\$SP regress --save-model $m 'dist ~ speed + I(speed^2)' testdata/cars.csv && cat $m"
check fitted           0 predict --model "$m" "$DATA/cars-new.csv"
check confidence       0 predict --model "$m" --interval confidence "$DATA/cars-new.csv"
check prediction       0 predict --model "$m" --interval prediction --conf-level 0.9 "$DATA/cars-new.csv"
check_sh factor        0 "\$SP regress --save-model $m.2 'mpg ~ wt + factor(cyl)' testdata/mtcars.csv >/dev/null && \$SP predict --model $m.2 --interval confidence testdata/mtcars-new.csv"
check_sh logistic      0 "\$SP regress --family binomial --save-model $m.3 'am ~ wt + hp' testdata/mtcars.csv >/dev/null && \$SP predict --model $m.3 testdata/mtcars-new.csv"
check_sh new-level     1 "printf 'model,wt,cyl,hp\\nOdd five,3,5,120\\n' | \$SP predict --model $m.2 -"
check no-model         2 predict "$DATA/cars-new.csv"
check bad-interval     2 predict --model "$m" --interval frob "$DATA/cars-new.csv"
check missing-column   2 predict --model "$m" "$DATA/mtcars-new.csv"
check not-a-model      1 predict --model "$DATA/cars.csv" "$DATA/cars-new.csv"
check no-such-model    1 predict --model "$DATA/no-such.json" "$DATA/cars-new.csv"
done_testing
