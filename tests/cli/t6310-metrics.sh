#!/bin/sh
# statpipe metrics: every number against base-R formulas of caret's and
# pROC's definitions (expect/t6310/ref-*, scripts/gen-fixtures-metrics.R),
# then golden outputs and errors.
. tests/cli/lib.sh

. tests/cli/learn/ref.sh
REF_PREFIX=ref

ref bin metrics -t truth -p pred --prob prob_yes $DATA/metrics-bin.csv
ref bin-no metrics -t truth -p pred --prob prob_no --positive no \
    $DATA/metrics-bin.csv
ref bin-confusion metrics --confusion -t truth -p pred $DATA/metrics-bin.csv
ref multi metrics -t truth -p pred --prob prob_a,prob_b,prob_c \
    $DATA/metrics-multi.csv
ref multi-confusion metrics --confusion -t truth -p pred \
    $DATA/metrics-multi.csv
ref reg metrics -t y -p yhat $DATA/metrics-reg.csv
ref iris-two metrics -t truth -p pred $DATA/metrics-iris2.csv
ref iris-two-confusion metrics --confusion -t truth -p pred \
    $DATA/metrics-iris2.csv
check prob-only 0 metrics -t truth --prob prob_yes $DATA/metrics-bin.csv
check no-truth 2 metrics -p pred $DATA/metrics-bin.csv
check no-pred 2 metrics -t truth $DATA/metrics-bin.csv
check bad-positive 2 metrics -t truth -p pred --prob prob_yes \
    --positive maybe $DATA/metrics-bin.csv
check prob-count 2 metrics -t truth -p pred --prob prob_a,prob_b \
    $DATA/metrics-multi.csv
check bad-prob 1 metrics -t truth -p pred --prob pred $DATA/metrics-bin.csv
check not-prob 1 metrics -t mpg -p cyl --prob hp $DATA/mtcars.csv
check missing 0 metrics -t Ozone -p Temp $DATA/airquality.csv

done_testing
