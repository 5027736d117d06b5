#!/usr/bin/env python3
"""gen-fixtures-people.py: the expected outputs of groupby's collapse,
made by GNU datamash (Debian's datamash 1.7) on the same tables, for the
golden test t9300-groupby-collapse.sh.  Run from the repository root:
python3 scripts/gen-fixtures-people.py

datamash splits fields on the delimiter and knows no CSV quoting, so a
CSV table is first read with Python's csv module and given to datamash as
TSV with the cells raw (none holds a tab or newline but one, see below);
datamash's cells are then written as statpipe writes CSV (RFC 4180: a
field is quoted if it holds the delimiter, a quote, CR or LF, or starts or
ends with a space, csvio_put_field).  statpipe leaves missing values out
of every statistic: datamash --narm does the same for NA (the only
missing value in these tables).  Groups in key order: datamash -s, a
stable sort, and statpipe --sort under LC_ALL=C.
"""
import csv
import io
import os
import subprocess

OUT = "tests/cli/expect/t9300"


def datamash(tsv, *ops):
    env = dict(os.environ, LC_ALL="C")
    return subprocess.run(["datamash", "--header-in", "-t", "\t", "-s",
                           "--narm", "-g", "1"] + list(ops), input=tsv,
                          capture_output=True, check=True, env=env).stdout


def put_field(s):
    if s and (s[0] == " " or s[-1] == " ") or any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


os.makedirs(OUT, exist_ok=True)

# the TSV table as it is: datamash's bytes are the expected bytes
with open("testdata/collapse.tsv", "rb") as f:
    tsv = f.read()
with open(OUT + "/datamash-tsv.out", "wb") as f:
    f.write(datamash(tsv, "collapse", "2", "collapse", "3"))

# the CSV table: its cells raw, a newline inside a field as \x01 so that
# datamash keeps it in its record, put back after
with open("testdata/collapse.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
raw = "".join("\t".join(c.replace("\n", "\x01") for c in r) + "\n"
              for r in rows)
got = datamash(raw.encode(), "collapse", "2", "collapse", "3").decode()
with open(OUT + "/datamash-csv.out", "w", newline="", encoding="utf-8") as f:
    for line in io.StringIO(got, newline="\n"):
        cells = line.rstrip("\n").split("\t")
        f.write(",".join(put_field(c.replace("\x01", "\n"))
                         for c in cells) + "\n")
