#!/bin/sh
# Hostile and damaged model files (issue 25 section 5): each fault is one
# line naming the field, exit 1, before the model is used; nesting is
# capped; regress --save-model writes a file whole or not at all.
. tests/cli/lib.sh
m=$tmp/m
mkdir -p "$m"
$SP regress --save-model "$m/good.json" 'mpg ~ wt + factor(cyl)' \
    "$DATA/mtcars.csv" >/dev/null
g=$m/good.json
sed 's/"sigma": [^,]*/"sigma": -1/' "$g" >"$m/sigma-negative.json"
sed 's/"sigma": [^,]*/"sigma": "two"/' "$g" >"$m/sigma-text.json"
sed 's/"df_residual": [^,]*/"df_residual": 0/' "$g" >"$m/df-zero.json"
sed 's/"df_residual": [^,]*/"df_residual": -3/' "$g" >"$m/df-negative.json"
sed 's/"gaussian"/"negbin"/' "$g" >"$m/family-unknown.json"
sed 's/"statpipe_model": 1/"statpipe_model": 2/' "$g" >"$m/version-2.json"
sed 's/"kind": "regress"/"kind": "tree"/' "$g" >"$m/kind-tree.json"
sed '/"kind"/d' "$g" >"$m/kind-missing.json"
sed '/"formula"/d' "$g" >"$m/formula-missing.json"
sed 's/\["4", "6", "8"\]/[]/' "$g" >"$m/levels-empty.json"
sed 's/\["4", "6", "8"\]/["4", 6, "8"]/' "$g" >"$m/level-number.json"
sed 's/"estimates": \[[^,]*/"estimates": ["x"/' "$g" >"$m/coef-text.json"
# the first row of the covariance one short (ragged), its first entry -1
sed '/"cov_unscaled"/{n;s/, [^,]*\],$/],/;}' "$g" >"$m/cov-ragged.json"
sed '/"cov_unscaled"/{n;s/\[[^,]*,/[-1,/;}' "$g" >"$m/cov-not-pd.json"
sed '/"cov_unscaled"/{n;s/\[\([^,]*\), [^,]*,/[\1, 5,/;}' "$g" \
    >"$m/cov-asymmetric.json"
sed '/"cov_unscaled"/{n;s/\[/[null, /;}' "$g" >"$m/cov-long.json"
printf '[1, 2]\n' >"$m/array.json"
# 200,000 levels deep: capped at 64, not a stack overflow
{ printf '{"statpipe_model": 1, "kind": "regress", "levels": '
  head -c 200000 /dev/zero | tr '\0' '['; } >"$m/deep.json"
{ head -c 64 /dev/zero | tr '\0' '['; head -c 64 /dev/zero | tr '\0' ']'; } \
    >"$m/deep-64.json"
{ head -c 65 /dev/zero | tr '\0' '['; head -c 65 /dev/zero | tr '\0' ']'; } \
    >"$m/deep-65.json"
run() {
	check_sh "$2" "$1" "\"\$SP\" predict --model '$m/$2.json' \
	    '$DATA/mtcars-new.csv' 2>'$tmp/e'; s=\$?; sed 's|$m/||g' '$tmp/e' >&2
	    exit \$s"
}
for f in sigma-negative sigma-text df-zero df-negative family-unknown \
    version-2 kind-tree kind-missing formula-missing levels-empty \
    level-number coef-text cov-ragged cov-not-pd cov-asymmetric cov-long \
    array deep deep-64 deep-65; do
	run 1 "$f"
done
run 0 good

# --save-model: a failing command leaves the old file as it was
check_sh save-bad-formula 2 "echo old >'$m/old.json'; \"\$SP\" regress \
    --save-model '$m/old.json' 'mpg ~ nosuch' '$DATA/mtcars.csv'; s=\$?; \
    cat '$m/old.json' >&2; ls '$m' | grep -c XXX >&2; exit \$s"
check_sh save-bad-data 1 "echo old >'$m/old.json'; printf 'y,x\\n1,1\\n1,2\\n1,3\\n' | \"\$SP\" regress \
    --save-model '$m/old.json' 'y ~ x' 2>&1 | sed 's|$m/||g' >&2; \
    cat '$m/old.json' >&2; exit 1"
check_sh save-saturated 1 "printf 'y,x\\n1,1\\n2,3\\n' | \"\$SP\" regress \
    --save-model '$m/sat.json' 'y ~ x'; s=\$?; test ! -e '$m/sat.json' && \
    ls '$m' | grep -v json; exit \$s"
check_sh save-full 1 "\"\$SP\" regress --save-model /dev/full 'mpg ~ wt' \
    '$DATA/mtcars.csv'"
check_sh save-no-dir 1 "\"\$SP\" regress --save-model '$m/no/such.json' \
    'mpg ~ wt' '$DATA/mtcars.csv' 2>&1 | sed 's|$m/||g' >&2; exit 1"
done_testing
