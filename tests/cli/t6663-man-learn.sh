#!/bin/sh
# The examples of the manual pages of issue 20's learners and charts
# (regress --penalty and --solver, nbayes, svm, plot) run by make check:
# every `.Dl $ statpipe ...` line must succeed (scripts/man-examples.sh).
. tests/cli/lib.sh

check_sh examples 0 'STATPIPE=$SP sh scripts/man-examples.sh \
    man/statpipe-regress.1 man/statpipe-nbayes.1 man/statpipe-svm.1 \
    man/statpipe-plot.1 man/statpipe-predict.1 | grep -c "^not ok"; \
    test $? -eq 1'

done_testing
