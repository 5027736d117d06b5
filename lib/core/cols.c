/*
 * cols: column lists ("a,b,4,6-8", "\"x, y\"", "Sepal.*", "!Species")
 * resolved against a header.
 */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/suggest.h"
#include "core/xalloc.h"

/* A whole positive decimal number in s[0..len), or 0. */
static size_t
number(const char *s, size_t len)
{
	size_t v = 0, i;

	if (len == 0 || len > 9)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
unknown(struct diag *d, const char *s, size_t len, char *const *names,
    size_t ncols)
{
	const char *near = suggest(s, len, (const char *const *)names, ncols);
	size_t j, n;

	diag_set(d, STATUS_USAGE, "unknown column \"%.*s\"%s%s%s (columns: ",
	    (int)len, s, near ? "; did you mean \"" : "", near ? near : "",
	    near ? "\"?" : "");
	n = strlen(d->msg);
	for (j = 0; j < ncols && n < sizeof(d->msg) - 1; j++)
		n += snprintf(d->msg + n, sizeof(d->msg) - n, "%s%s",
		    j ? ", " : "", names[j]);
	if (n < sizeof(d->msg) - 1)
		snprintf(d->msg + n, sizeof(d->msg) - n, ")");
	else
		strcpy(d->msg + sizeof(d->msg) - 5, "...)");
	return -1;
}

/* Append columns lo..hi (1-based) to out. */
static void
add(size_t **out, size_t *cap, size_t *cnt, size_t lo, size_t hi)
{
	size_t j;

	for (j = lo; j <= hi; j++) {
		*out = xgrow(*out, cap, *cnt + 1, sizeof(**out));
		(*out)[(*cnt)++] = j - 1;
	}
}

/*
 * The item at p, ending at a comma or the end: its text (quotes undone)
 * in buf, *quoted when it was quoted, *end after it.  -1 on a quote that
 * does not close or is followed by more than a comma.
 */
const char *
cols_item_end(const char *p)
{
	const char *e = p, *comma;

	if (*e == '"')	/* a quoted name: to its closing quote */
		for (e++; *e != '\0' && !(*e == '"' && e[1] != '"'); e++)
			e += *e == '"';
	comma = strchr(e, ',');
	return comma != NULL ? comma : e + strlen(e);
}

static int
item(const char *p, char *buf, size_t size, int *quoted, const char **end)
{
	size_t len = 0;

	*quoted = *p == '"';
	if (!*quoted) {
		*end = p + strcspn(p, ",");
		len = (size_t)(*end - p) < size - 1 ? (size_t)(*end - p) : size - 1;
		memcpy(buf, p, len);
		buf[len] = '\0';
		return 0;
	}
	for (p++; *p != '\0' && !(p[0] == '"' && p[1] != '"'); p++) {
		if (p[0] == '"')	/* "" is one quote, as in CSV */
			p++;
		if (len < size - 1)
			buf[len++] = *p;
	}
	buf[len] = '\0';
	*end = p + (*p == '"');
	return *p == '"' && (**end == ',' || **end == '\0') ? 0 : -1;
}

/* Columns whose names match the shell pattern pat, in header order. */
static size_t
glob(const char *pat, char *const *names, size_t ncols, size_t **out,
    size_t *cap, size_t *cnt)
{
	size_t j, found = 0;

	for (j = 0; j < ncols; j++)
		if (fnmatch(pat, names[j], 0) == 0) {
			add(out, cap, cnt, j + 1, j + 1);
			found++;
		}
	return found;
}

/* The first column from j on named s exactly, or (size_t)-1. */
static size_t
named(const char *s, char *const *names, size_t j, size_t ncols)
{
	for (; j < ncols; j++)
		if (strcmp(names[j], s) == 0)
			return j;
	return (size_t)-1;
}

/* The columns of ncols not in out[0..cnt), in header order. */
static size_t
complement(size_t **out, size_t cnt, size_t ncols)
{
	unsigned char *drop = xcalloc(ncols ? ncols : 1, 1);
	size_t j, k = 0;

	for (j = 0; j < cnt; j++)
		drop[(*out)[j]] = 1;
	*out = xrealloc(*out, (ncols ? ncols : 1) * sizeof(**out));
	for (j = 0; j < ncols; j++)
		if (!drop[j])
			(*out)[k++] = j;
	free(drop);
	return k;
}

int
cols_parse(const char *spec, char *const *names, size_t ncols, size_t **idx,
    size_t *n, struct diag *d)
{
	size_t cap = 0, cnt = 0, *out = NULL;
	const char *p = spec, *q;
	int not = 0;

	if (spec[0] == '!' && named(spec, names, 0, ncols) == (size_t)-1) {
		not = 1;
		p++;
	}
	for (;; p = q + 1) {
		char buf[1024];
		size_t len, lo = 0, hi = 0, found;
		const char *dash;
		int quoted;

		if (item(p, buf, sizeof(buf), &quoted, &q) != 0) {
			free(out);
			return diag_set(d, STATUS_USAGE, "a quoted column name "
			    "is not closed by a quote before a comma in \"%s\"",
			    spec);
		}
		len = strlen(buf);
		if (len == 0) {
			free(out);
			return diag_set(d, STATUS_USAGE,
			    "empty column name in \"%s\"", spec);
		}
		if ((found = named(buf, names, 0, ncols)) != (size_t)-1) {
			size_t again = named(buf, names, found + 1, ncols);

			if (again != (size_t)-1) {
				free(out);
				return diag_set(d, STATUS_USAGE, "columns %zu "
				    "and %zu are both named \"%s\": give the "
				    "number", found + 1, again + 1, buf);
			}
			lo = hi = found + 1;
		} else if (quoted) {
			lo = 0;
		} else if (strpbrk(buf, "*?[") != NULL) {
			if (glob(buf, names, ncols, &out, &cap, &cnt) > 0)
				goto next;
		} else if ((lo = hi = number(buf, len)) == 0 &&
		    (dash = memchr(buf, '-', len)) != NULL) {
			lo = number(buf, (size_t)(dash - buf));
			hi = number(dash + 1, len - (size_t)(dash - buf) - 1);
		}
		if (lo == 0 || hi == 0 || lo > ncols || hi > ncols || lo > hi) {
			free(out);
			return unknown(d, buf, len, names, ncols);
		}
		add(&out, &cap, &cnt, lo, hi);
next:
		if (*q == '\0')
			break;
	}
	if (not)
		cnt = complement(&out, cnt, ncols);
	*idx = out;
	*n = cnt;
	return 0;
}
