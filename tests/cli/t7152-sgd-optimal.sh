#!/bin/sh
# regress --solver sgd --schedule optimal: scikit-learn's steps
# 1 / (lambda (t0 + t - 1)) (the coefficients against SGDClassifier and
# SGDRegressor step for step are in tests/unit/test_gd.c), its trace, and
# errors.
. tests/cli/lib.sh

# SGDClassifier(log_loss, l2, alpha=0.05, optimal, shuffle=False,
# tol=None, max_iter=20): 4.7489374422681419 -1.9366796183974966
# 0.0061496964758286461
check logit 0 regress --solver sgd --schedule optimal --penalty ridge \
    --lambda 0.05 --family binomial --no-shuffle --epochs 20 --tol none \
    'am ~ wt + hp' $DATA/mtcars.csv
# the step of each epoch's last update: 1 / (0.05 (0.05^(-3/4) + 32 e - 1))
check trace 0 regress --solver sgd --schedule optimal --penalty ridge \
    --lambda 0.05 --family binomial --no-shuffle --epochs 4 --tol none \
    --trace --digits 8 'am ~ wt + hp' $DATA/mtcars.csv
check gaussian 0 regress --solver sgd --schedule optimal --penalty ridge \
    --lambda 1 --no-shuffle --epochs 30 --tol none --digits 10 \
    'mpg ~ wt + hp + qsec' $DATA/mtcars.csv
check no-penalty 2 regress --solver sgd --schedule optimal 'mpg ~ wt' \
    $DATA/mtcars.csv
check with-rate 2 regress --solver sgd --schedule optimal --penalty ridge \
    --lambda 1 --learning-rate 0.1 'mpg ~ wt' $DATA/mtcars.csv
check bad-schedule 2 regress --solver sgd --schedule best 'mpg ~ wt' \
    $DATA/mtcars.csv

done_testing
