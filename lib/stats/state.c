/* state: the text format of mergeable states (state.h). */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats/state.h"
#include "core/xalloc.h"
#include "io/out.h"

static const char *const state_names[STATE_NFIELDS] = {
	"state", "signature", "column", "flags", "shift", "x0", "r0",
	"missing", "n", "sum", "comp", "rsum", "mean", "m2", "m3", "m4",
	"min", "max", "sketch"
};

void
state_text_put(struct state_text *t, const char *s, size_t n)
{
	t->p = xgrow(t->p, &t->cap, t->len + n + 1, 1);
	memcpy(t->p + t->len, s, n);
	t->len += n;
	t->p[t->len] = '\0';
}

void
state_text_fmt(struct state_text *t, const char *fmt, ...)
{
	char buf[128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	state_text_put(t, buf, n < 0 ? 0 : (size_t)n < sizeof(buf) ?
	    (size_t)n : sizeof(buf) - 1);
}

void
state_text_name(struct state_text *t, const char *s)
{
	for (; *s != '\0'; s++)
		if (strchr(",;% =", *s) != NULL || (unsigned char)*s < 0x20)
			state_text_fmt(t, "%%%02X",
			    (unsigned)(unsigned char)*s);
		else
			state_text_put(t, s, 1);
}

void
state_split_names(char *s, char ***names, size_t *n)
{
	char *p, *q;

	for (;;) {
		q = strchr(s, ',');
		if (q != NULL)
			*q = '\0';
		*names = xrealloc(*names, (*n + 1) * sizeof(**names));
		(*names)[*n] = p = xstrdup(s);
		for (; *s != '\0'; s++)
			if (s[0] == '%' && state_hexval(s[1]) >= 0 &&
			    state_hexval(s[2]) >= 0) {
				*p++ = (char)(state_hexval(s[1]) * 16 +
				    state_hexval(s[2]));
				s += 2;
			} else
				*p++ = *s;
		*p = '\0';
		(*n)++;
		if (q == NULL)
			break;
		s = q + 1;
	}
}

/*
 * What each record carries in place of the whole signature, which the
 * state's first and last records (empty keys) carry once: a merge of a
 * thousand states reads a million records.
 */
void
state_fingerprint(const char *sig, char buf[STATE_FPLEN])
{
	uint64_t h = 0xcbf29ce484222325u;

	for (; *sig != '\0'; sig++)
		h = (h ^ (unsigned char)*sig) * 0x100000001b3u;
	snprintf(buf, STATE_FPLEN, "#%016" PRIx64, h);
}

struct out_table *
state_new(char *const *keynames, size_t nkey, const char *sig)
{
	struct out_table *t = out_new();
	size_t k, row;

	for (k = 0; k < nkey; k++)
		out_column(t, keynames[k]);
	for (k = 0; k < STATE_NFIELDS; k++)
		out_column(t, state_names[k]);
	row = out_row(t);
	out_text(t, row, nkey, STATE_TAG);
	out_text(t, row, nkey + 1, sig);
	out_text(t, row, nkey + 2, "sig");
	return t;
}

size_t
state_record(struct out_table *t, size_t nkey, const char *fp,
    const char *part)
{
	size_t row = out_row(t);

	out_text(t, row, nkey, STATE_TAG);
	out_text(t, row, nkey + 1, fp);
	if (part != NULL)
		out_text(t, row, nkey + 2, part);
	return row;
}

void
state_end(struct out_table *t, size_t nkey, const char *sig)
{
	size_t row = out_row(t);	/* how many records came before */

	out_text(t, row, nkey, STATE_TAG);
	out_text(t, row, nkey + 1, sig);
	out_text(t, row, nkey + 2, "end");
	out_num(t, row, nkey + 8, (double)row);
}

/* Most fields of small groups are zero: "0", not "0x0p+0". */
void
state_put_num(struct out_table *t, size_t row, size_t col, double x)
{
	char buf[40];

	if (x == 0 && !signbit(x))
		out_text(t, row, col, "0");
	else {
		snprintf(buf, sizeof(buf), "%a", x);
		out_text(t, row, col, buf);
	}
}

int
state_hexval(char h)
{
	return h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ?
	    h - 'A' + 10 : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
}

double
state_read_num(const char *s, char **end)
{
	const char *p = s + (*s == '-');
	uint64_t m;
	int digits = 0, h, e, neg;

	if (p[0] >= '1' && p[0] <= '9') {	/* counts, flags */
		for (m = 0; *p >= '0' && *p <= '9' && digits < 15; p++,
		    digits++)
			m = m * 10 + (uint64_t)(*p - '0');
		if (*p != '.' && *p != 'e' && *p != 'E' &&
		    (*p < '0' || *p > '9')) {
			*end = (char *)(uintptr_t)p;
			return (*s == '-' ? -1 : 1) * (double)m;
		}
		return strtod(s, end);
	}
	if (p[0] != '0' || p[1] != 'x' || (p[2] != '0' && p[2] != '1'))
		return strtod(s, end);
	m = (uint64_t)(p[2] - '0');
	p += 3;
	if (*p == '.')
		for (p++; (h = state_hexval(*p)) >= 0 && digits < 13; p++,
		    digits++)
			m = m << 4 | (uint64_t)h;
	if (*p != 'p' || state_hexval(p[-1]) < 0)
		return strtod(s, end);
	p++;
	neg = *p == '-';
	p += *p == '-' || *p == '+';
	if (*p < '0' || *p > '9')
		return strtod(s, end);
	for (e = 0; *p >= '0' && *p <= '9' && e < 10000; p++)
		e = e * 10 + (*p - '0');
	if (e > 1100)
		return strtod(s, end);
	*end = (char *)(uintptr_t)p;
	/* m < 2^53 and the value representable: ldexp is exact */
	return (*s == '-' ? -1 : 1) * ldexp((double)m, (neg ? -e : e) -
	    4 * digits);
}
