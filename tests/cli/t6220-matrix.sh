#!/bin/sh
# matrix: every operation on small matrices (R's values: sym.csv is
# matrix(c(4,2,.6, 2,5,1, .6,1,3), 3); tests/unit/test_matrix.c checks
# random and Hilbert matrices to 1e-10), singular input, bad input.
. tests/cli/lib.sh
M=$DATA/matrix
check transpose         0 matrix transpose "$M/a23.csv"
check add               0 matrix add "$M/sym.csv" "$M/sym.csv"
check sub               0 matrix sub "$M/a23.csv" "$M/a23.csv"
check mul               0 matrix mul "$M/sym.csv" "$M/rhs.csv"
check hadamard          0 matrix hadamard "$M/a23.csv" "$M/a23.csv"
check scale             0 matrix scale --by 0.5 "$M/a23.csv"
check dot               0 matrix dot "$M/v3.csv" "$M/row3.csv"
check cross             0 matrix cross "$M/v3.csv" "$M/row3.csv"
check inv               0 matrix inv "$M/sym.csv"
check solve             0 matrix solve "$M/sym.csv" "$M/rhs.csv"
check least-squares     0 matrix solve "$M/rhs.csv" "$M/v3.csv"
check det               0 matrix det "$M/sym.csv"
check trace             0 matrix trace "$M/sym.csv"
check diag              0 matrix diag "$M/a23.csv"
check diag-vector       0 matrix diag "$M/v3.csv"
check rank              0 matrix rank "$M/singular.csv"
check norm-1            0 matrix norm "$M/a23.csv"
check norm-2            0 matrix norm --type 2 "$M/a23.csv"
check norm-inf          0 matrix norm --type inf "$M/a23.csv"
check norm-fro          0 matrix norm --type fro "$M/a23.csv"
check eigen             0 matrix eigen "$M/sym.csv"
check eigen-vectors     0 matrix eigen --part vectors "$M/sym.csv"
check eigen-general     0 matrix eigen "$M/general.csv"
check svd-d             0 matrix svd "$M/a23.csv"
check svd-u             0 matrix svd --part u "$M/a23.csv"
check svd-v             0 matrix svd --part v "$M/a23.csv"
check chol              0 matrix chol "$M/sym.csv"
check reshape           0 matrix reshape --rows 3 --cols 2 "$M/a23.csv"
check reshape-by-row    0 matrix reshape --rows 3 --cols 2 --by-row "$M/a23.csv"
check identity          0 matrix identity 3
check_in stdin          0 "$M/sym.csv" matrix det
check no-header         0 matrix transpose --no-header "$M/noheader.csv"
check singular          1 matrix inv "$M/singular.csv"
check hilbert12         1 matrix solve "$M/hilbert12.csv" "$M/hilbert12.csv"
check not-pd            1 matrix chol "$M/general.csv"
check not-square        1 matrix det "$M/a23.csv"
check missing           1 matrix inv "$M/missing.csv"
check text              1 matrix inv "$M/text.csv"
check eigen-vectors-general 2 matrix eigen --part vectors "$M/general.csv"
check non-conformable   2 matrix mul "$M/a23.csv" "$M/a23.csv"
check cross-length      2 matrix cross "$M/a23.csv" "$M/v3.csv"
check reshape-size      2 matrix reshape --rows 4 --cols 2 "$M/a23.csv"
check one-operand       2 matrix add "$M/sym.csv"
check unknown-op        2 matrix frobnicate "$M/sym.csv"
check no-op             2 matrix
check bad-type          2 matrix norm --type 3 "$M/sym.csv"
check help              0 matrix --help
done_testing
