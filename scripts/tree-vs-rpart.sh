#!/bin/sh
# tree-vs-rpart.sh - statpipe tree's frame against rpart's on the 100k-row
# bench file (issue 19): node, split (variable, side, cut), n, loss
# (deviance or misclassified rows) and yval of every node, with
# --xval 0 --surrogates 0 (rpart: xval = 0, maxsurrogate = 0), for a
# regression and a classification tree with a numeric predictor holding
# empty cells (rows sent the majority way), and a categorical predictor.
# Run by hand (rpart takes seconds):
#
#   sh scripts/tree-vs-rpart.sh [FILE]
#
# FILE defaults to bench-data/d100k.csv, made with ../shared/bench/gen.py
# (or $SHARED/bench/gen.py) if missing.  Needs Rscript with rpart
# (r-cran-rpart) and python3.  Prints one line a model, "agree" or where
# the frames differ (relative difference 1e-9); exit 1 if any differ.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
statpipe=${STATPIPE:-$root/statpipe}
file=${1:-$root/bench-data/d100k.csv}
if [ ! -s "$file" ]; then
	mkdir -p "$(dirname "$file")"
	python3 "${SHARED:-$root/../shared}/bench/gen.py" --rows 100000 \
	    --groups 1000 -o "$file"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/frame.R" <<'REOF'
# frame.R FILE FORMULA METHOD CP: rpart's frame, each node's split written
# as statpipe writes it ("x < 49.86" on the child)
a <- commandArgs(TRUE)
suppressMessages(library(rpart))
d <- read.csv(a[1], stringsAsFactors = TRUE)
fit <- rpart(as.formula(a[2]), d, method = a[3], control = rpart.control(
    xval = 0, maxsurrogate = 0, maxcompete = 0, cp = as.numeric(a[4])))
f <- fit$frame
node <- as.integer(rownames(f))
split <- rep("root", nrow(f))
s <- fit$splits
k <- 0
for (i in seq_len(nrow(f))) {
	if (f$var[i] == "<leaf>")
		next
	k <- k + 1
	v <- as.character(f$var[i])
	l <- match(2 * node[i], node)
	r <- match(2 * node[i] + 1, node)
	if (s[k, "ncat"] > 1) {
		lev <- levels(d[[v]])
		side <- fit$csplit[s[k, "index"], seq_along(lev)]
		split[l] <- paste(v, "=", paste(lev[side == 1], collapse = ","))
		split[r] <- paste(v, "=", paste(lev[side == 3], collapse = ","))
	} else {
		cut <- format(s[k, "index"], digits = 17)
		lt <- s[k, "ncat"] < 0
		split[l] <- paste(v, if (lt) "<" else ">=", cut)
		split[r] <- paste(v, if (lt) ">=" else "<", cut)
	}
}
yval <- if (a[3] == "class") attr(fit, "ylevels")[f$yval] else format(f$yval, digits = 17)
write.csv(data.frame(node, split, n = f$n, loss = format(f$dev, digits = 17),
    yval), stdout(), row.names = FALSE, quote = 2)
REOF
cat > "$tmp/cmp.py" <<'PEOF'
import csv, sys
def rows(p):
    return {r["node"]: r for r in csv.DictReader(open(p))}
def num(s):
    try:
        return float(s)
    except ValueError:
        return None
def same(a, b):
    x, y = num(a), num(b)
    if x is None or y is None:
        return a == b
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-300)
def split_same(a, b):
    a, b = a.split(" ", 2), b.split(" ", 2)
    if len(a) != len(b) or a[:2] != b[:2]:
        return False
    if len(a) < 3:
        return True
    if a[1] == "=":
        return sorted(a[2].split(",")) == sorted(b[2].split(","))
    return same(a[2], b[2])
sp, r = rows(sys.argv[1]), rows(sys.argv[2])
bad = []
if sorted(sp) != sorted(r):
    bad.append("nodes: statpipe %d, rpart %d" % (len(sp), len(r)))
for k in sorted(set(sp) & set(r), key=int):
    if not split_same(sp[k]["split"], r[k]["split"]):
        bad.append("node %s split: %s / %s" % (k, sp[k]["split"], r[k]["split"]))
    for c in ("n", "loss", "yval"):
        if not same(sp[k][c], r[k][c]):
            bad.append("node %s %s: %s / %s" % (k, c, sp[k][c], r[k][c]))
print("agree (%d nodes)" % len(r) if not bad else "DIFFER: " + "; ".join(bad[:5]))
sys.exit(1 if bad else 0)
PEOF
rc=0
while IFS='|' read -r formula method cp; do
	"$statpipe" tree --xval 0 --surrogates 0 --method "$method" --cp "$cp" \
	    "$formula" "$file" > "$tmp/sp.csv"
	Rscript "$tmp/frame.R" "$file" "$formula" "$method" "$cp" > "$tmp/r.csv"
	printf '%-32s %-6s cp %-6s ' "$formula" "$method" "$cp"
	python3 "$tmp/cmp.py" "$tmp/sp.csv" "$tmp/r.csv" || rc=1
done <<'LIST'
y ~ x + z + w|anova|0.001
y ~ x + cat + w|anova|0.0005
x ~ cat + w|anova|0.0001
cat ~ x + y + z + w|class|0.0005
LIST
exit $rc
