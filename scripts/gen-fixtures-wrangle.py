#!/usr/bin/python3
"""The expected outputs of stack, fill and dropna computed by pandas on the
same data (tests/cli/t6170-stack.sh, t6180-fill.sh), cells read and written
as text so that they are the input's bytes.  Run from the repository root:
/usr/bin/python3 scripts/gen-fixtures-wrangle.py (pandas 1.5)"""
import os

import pandas as pd

NA = ["", "NA", "N/A", "NaN", "null"]


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False,
                       na_values=NA)


def write(df, name):
    os.makedirs(os.path.dirname(name), exist_ok=True)
    df.to_csv(name, index=False, lineterminator="\n")


e = "tests/cli/expect/t6170"
parts = [read("testdata/stack-%d.csv" % i) for i in (1, 2, 3)]
write(pd.concat(parts, ignore_index=True, sort=False), e + "/union.out")
keyed = pd.concat(parts, keys=["testdata/stack-%d.csv" % i for i in (1, 2, 3)],
                  names=["file"]).reset_index(level=0)
write(keyed, e + "/source.out")

e = "tests/cli/expect/t6180"
f = read("testdata/fill.csv")
raw = pd.read_csv("testdata/fill.csv", dtype=str, keep_default_na=False)


def keep(res):
    """A missing value left missing keeps its token, as statpipe writes it."""
    return res.where(res.notna(), raw)


write(keep(f.ffill()), e + "/down.out")
write(keep(f.bfill()), e + "/up.out")
down_g = f.copy()
down_g[["x", "y"]] = f.groupby("g")[["x", "y"]].ffill()
write(keep(down_g), e + "/down-groups.out")
v = f.copy()
v["y"] = f["y"].fillna("0")
write(keep(v), e + "/value.out")
write(raw[f.notna().all(axis=1)], e + "/dropna.out")
write(raw[f[["x", "y"]].notna().any(axis=1)], e + "/dropna-all.out")

e = "tests/cli/expect/t6190"
wide = pd.read_csv("testdata/wide.csv", dtype=str, keep_default_na=False)
long = wide.melt(id_vars=["id", "site"], value_vars=["a", "b", "c"],
                 var_name="name", value_name="value", ignore_index=False)
# tidyr's order: row by row, the columns in turn (melt's is column by column)
long = long.reset_index().sort_values("index", kind="stable").drop(columns="index")
write(long, e + "/longer.out")
lg = read("testdata/long.csv")
wd = lg.pivot(index="id", columns="key", values="val")
wd = wd.reindex(index=lg["id"].unique(), columns=lg["key"].unique())
write(wd.reset_index().rename_axis(None, axis=1), e + "/wider.out")
write(wd.fillna("0").reset_index().rename_axis(None, axis=1),
      e + "/wider-fill.out")

e = "tests/cli/expect/t6510"
t = pd.read_csv("testdata/transpose.csv", dtype=str, header=None,
                keep_default_na=False)

os.makedirs(e, exist_ok=True)
t.T.to_csv(e + "/transpose.out", index=False, header=False,
                   lineterminator="\n")
n = pd.read_csv("testdata/transpose.csv", dtype=str, header=None,
                keep_default_na=False, skiprows=1)
n.T.to_csv(e + "/no-header.out", index=False, header=False,
           lineterminator="\n")
