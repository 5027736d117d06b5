#!/usr/bin/env python3
"""Exact two-sample Kolmogorov-Smirnov p-values in integer arithmetic, for
the golden tests of statpipe kstest (tests/cli/t8130-accuracy.sh and
t5020-kstest.sh): the lattice paths of R's psmirnov (with ties: D checked
only where the pooled sorted sample moves to a new value), counted exactly.

Usage: gen-fixtures-secrest.py FILE.csv COL GROUP|--cols A,B [greater]"""
import csv
import sys
from fractions import Fraction
from math import comb


def p_exact(x, y, alt="two-sided"):
    nx, ny = len(x), len(y)
    w = sorted(x + y)
    nn = nx + ny
    step_ok = [k + 1 == nn or w[k] != w[k + 1] for k in range(nn)]
    xs, ys = sorted(x), sorted(y)
    i = j = 0
    zmax, zmin = Fraction(-10), Fraction(10)
    while i < nx or j < ny:
        v = xs[i] if j == ny or (i < nx and xs[i] <= ys[j]) else ys[j]
        while i < nx and xs[i] == v:
            i += 1
        while j < ny and ys[j] == v:
            j += 1
        z = Fraction(i, nx) - Fraction(j, ny)
        zmax, zmin = max(zmax, z), min(zmin, z)
    d = max(zmax, -zmin) if alt == "two-sided" else zmax
    c = [0] * (nx + 1)
    c[0] = 1
    for k in range(1, nn + 1):
        lo, hi = max(0, k - ny), min(k, nx)
        for u in range(hi, lo - 1, -1):
            c[u] = (c[u] if u <= k - 1 and k - 1 - u <= ny else 0) + \
                (c[u - 1] if u > 0 else 0)
            if step_ok[k - 1]:
                dd = Fraction(u, nx) - Fraction(k - u, ny)
                if alt == "two-sided":
                    dd = abs(dd)
                if dd >= d:
                    c[u] = 0
        if lo > 0:
            c[lo - 1] = 0
    return d, 1 - Fraction(c[nx], comb(nn, nx))


def main():
    rows = list(csv.DictReader(open(sys.argv[1])))
    col, by = sys.argv[2], sys.argv[3]
    alt = sys.argv[4] if len(sys.argv) > 4 else "two-sided"
    if by.startswith("--cols"):
        a, b = by.split("=")[1].split(",")
        x = [float(r[a]) for r in rows]
        y = [float(r[b]) for r in rows]
    else:
        levels = list(dict.fromkeys(r[by] for r in rows))
        x = [float(r[col]) for r in rows if r[by] == levels[0]]
        y = [float(r[col]) for r in rows if r[by] == levels[1]]
    d, p = p_exact(x, y, alt)
    print(float(d), "%.17g" % float(p))


main()
