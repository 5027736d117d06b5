#!/bin/sh
# chisq --count, --mcnemar, --cmh: weighted rows, matched pairs, strata.
. tests/cli/lib.sh
check count             0 chisq -c Class,Survived --count Freq "$DATA/titanic.csv"
check count-fisher      0 chisq -c Sex,Survived --count Freq --fisher "$DATA/titanic.csv"
check count-gof         0 chisq --gof -c Class --count Freq "$DATA/titanic.csv"
check count-negative    1 chisq -c a,b --count Freq "$DATA/negative-freq.csv"
check mcnemar           0 chisq --mcnemar -c first,second --count Freq "$DATA/performance.csv"
check mcnemar-raw       0 chisq --mcnemar -c vs,am --no-correction "$DATA/mtcars.csv"
check mcnemar-3x3       0 chisq --mcnemar -c gear,cyl "$DATA/mtcars.csv"
check cmh               0 chisq --cmh -c Admit,Gender --strata Dept --count Freq "$DATA/ucbadmissions.csv"
check cmh-greater       0 chisq --cmh -c Admit,Gender --strata Dept --count Freq --alternative greater --conf-level 0.9 "$DATA/ucbadmissions.csv"
check cmh-general       0 chisq --cmh -c Class,Survived --strata Age --count Freq "$DATA/titanic.csv"
check cmh-small-stratum 1 chisq --cmh -c vs,am --strata carb "$DATA/mtcars.csv"
check cmh-no-strata     2 chisq --cmh -c Admit,Gender "$DATA/ucbadmissions.csv"
check mcnemar-fisher    2 chisq --mcnemar --fisher -c vs,am "$DATA/mtcars.csv"
check mcnemar-one-col   2 chisq --mcnemar -c vs "$DATA/mtcars.csv"
check count-table       2 chisq --table --count Freq "$DATA/haireye-table.csv"
done_testing
