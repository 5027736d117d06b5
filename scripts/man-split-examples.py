#!/usr/bin/env python3
"""Split the long examples of manual pages so none wraps at 80 columns.

    python3 scripts/man-split-examples.py man/*.1 man/*.7

A `.Dl $ statpipe ...` line whose text is longer than WIDTH characters
becomes several `.Dl` lines: each but the last ends in " \\e" (a shell line
continuation, shown as a backslash) and the next ones are indented by four
spaces, broken only between words and never inside quotes.
scripts/man-examples.sh joins them again before running the example.  Pages
are rewritten in place; running it again changes nothing.
"""
import re
import sys

WIDTH = 69  # .Dl indents by 11 columns in an 80-column page


def unescape(s):
    for a, b in (("\\e", "\\"), ("\\(aq", "'"), ("\\(dq", '"'), ("\\-", "-"),
                 ("\\&", ""), ("\\ ", " "), ("\\(ga", "`")):
        s = s.replace(a, b)
    return s


def words(raw):
    """The words of raw mdoc text, quotes kept whole."""
    out, cur, quote, i = [], "", None, 0
    while i < len(raw):
        for q in ("\\(aq", "\\(dq", "'", '"'):
            if raw.startswith(q, i):
                break
        else:
            q = None
        if q:
            plain = unescape(q)
            if quote is None:
                quote = plain
            elif quote == plain:
                quote = None
            cur += q
            i += len(q)
            continue
        if raw.startswith("\\", i):
            cur += raw[i:i + 2]
            i += 2
            continue
        if raw[i] == " " and quote is None:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += raw[i]
        i += 1
    if cur:
        out.append(cur)
    return out


def split(text):
    """Lines of at most WIDTH characters (as shown) of the example text."""
    lines, cur = [], ""
    for w in words(text):
        trial = (cur + " " + w) if cur.strip() else cur + w
        if cur.strip() and len(unescape(trial)) + 2 > WIDTH:
            lines.append(cur + " \\e")
            cur = "    " + w
        else:
            cur = trial
    lines.append(cur)
    return lines


def dl(text):
    if text.startswith(" ") or '"' in text:
        return '.Dl "' + text.replace('"', '""') + '"'
    return ".Dl " + text


def main(pages):
    for page in pages:
        src = open(page).read().split("\n")
        out, changed = [], False
        for line in src:
            m = re.match(r'^\.Dl[ \t]+(.*)$', line)
            if m:
                text = m.group(1)
                q = re.match(r'^"(.*)"[ \t]*$', text)
                if q:
                    text = q.group(1).replace('""', '"')
                if (text.startswith("$ statpipe") and
                        not text.endswith("\\e") and
                        len(unescape(text)) > WIDTH):
                    out.extend(dl(t) for t in split(text))
                    changed = True
                    continue
            out.append(line)
        if changed:
            with open(page, "w") as f:
                f.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1:])
