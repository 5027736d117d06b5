#!/bin/sh
# --cv K on regress, tree and forest: the measures of each fold against R
# (lm, glm, rpart) fitted to the same folds (expect/t6350/ref-*, written by
# scripts/gen-fixtures-cv.R), then golden outputs and errors.
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=ref

ref regress regress --cv 5 'mpg ~ wt + hp' $DATA/mtcars.csv
ref logit regress --cv 4 --seed 2 --family binomial 'vs ~ mpg' \
    $DATA/mtcars.csv
ref tree-class tree --cv 5 --seed 1 'Species ~ .' $DATA/iris.csv
ref tree-anova tree --cv 5 --minsplit 6 'mpg ~ cyl + disp + hp + wt' \
    $DATA/mtcars.csv
check forest 0 forest --cv 3 --trees 30 --seed 5 'Species ~ .' \
    $DATA/iris.csv
check forest-anova 0 forest --cv 4 --trees 30 'mpg ~ cyl + hp + wt' \
    $DATA/mtcars.csv
check too-many-folds 2 tree --cv 200 'Species ~ .' $DATA/iris.csv
check bad-cv 2 regress --cv 1 'mpg ~ wt' $DATA/mtcars.csv
check cv-view 2 regress --cv 3 --summary 'mpg ~ wt' $DATA/mtcars.csv

done_testing
