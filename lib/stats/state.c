/* state: the text format of mergeable states (state.h). */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats/state.h"
#include "core/diag.h"
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
	char buf[128], *p = buf;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf)) {	/* rare: a long one, again */
		p = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		(void)vsnprintf(p, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	state_text_put(t, p, n < 0 ? 0 : (size_t)n);
	if (p != buf)
		free(p);
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
state_undo_name(char *s)
{
	char *p = s;

	for (; *s != '\0'; s++)
		if (s[0] == '%' && state_hexval(s[1]) >= 0 &&
		    state_hexval(s[2]) >= 0) {
			*p++ = (char)(state_hexval(s[1]) * 16 +
			    state_hexval(s[2]));
			s += 2;
		} else
			*p++ = *s;
	*p = '\0';
}

void
state_split_names(char *s, char ***names, size_t *n)
{
	char *q;

	for (;;) {
		q = strchr(s, ',');
		if (q != NULL)
			*q = '\0';
		*names = xrealloc(*names, (*n + 1) * sizeof(**names));
		(*names)[*n] = xstrdup(s);
		state_undo_name((*names)[*n]);
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

/* Hex digits' values, -1 for anything else: one load, no branches. */
static const unsigned char hexv[256] = {
	['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6,
	['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12,
	['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16, ['A'] = 11,
	['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16
};	/* value + 1: the rest is 0 */

int
state_hexval(char h)
{
	return (int)hexv[(unsigned char)h] - 1;
}

/*
 * A double from its parts: (-1)^neg * m * 2^e, m < 2^53, exactly.  A
 * normal result is put together bit by bit (ldexp() costs a call and
 * checks that this spares); anything else by ldexp().
 */
static double
make_double(int neg, uint64_t m, int e)
{
	int top;
	uint64_t bits;
	double x;

	if (m == 0)
		return neg ? -0.0 : 0.0;
	top = 63 - __builtin_clzll(m);	/* m's leading bit */
	if (top + e + 1023 < 1 || top + e + 1023 > 2046)
		return (neg ? -1 : 1) * ldexp((double)m, e);
	bits = (uint64_t)neg << 63 | (uint64_t)(top + e + 1023) << 52 |
	    ((m << (52 - top)) & (((uint64_t)1 << 52) - 1));
	memcpy(&x, &bits, sizeof(x));
	return x;
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
		for (p++; (h = hexv[(unsigned char)*p]) > 0 && digits < 13;
		    p++, digits++)
			m = m << 4 | (uint64_t)(h - 1);
	if (*p != 'p' || hexv[(unsigned char)p[-1]] == 0)
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
	/* m < 2^53 and the value representable: exact */
	return make_double(*s == '-', m, (neg ? -e : e) - 4 * digits);
}

int
state_nums(char *const *f, size_t n, double *v, struct diag *d)
{
	char *end;
	size_t i;

	for (i = 0; i < n; i++) {
		v[i] = f[i][0] == '\0' ? 0 : state_read_num(f[i], &end);
		if (f[i][0] != '\0' && *end != '\0')
			return diag_set(d, STATUS_DATA, "not a statpipe state: "
			    "\"%s\" is not a number", f[i]);
	}
	return 0;
}

const char *
state_sig_value(const char *sig, const char *key, size_t *len)
{
	size_t klen = strlen(key);
	const char *p;

	for (p = strchr(sig, ';'); p != NULL; p = strchr(p + 1, ';'))
		if (strncmp(p + 1, key, klen) == 0 && p[1 + klen] == '=') {
			p += klen + 2;
			*len = strcspn(p, ";");
			return p;
		}
	return NULL;
}

char *
state_sig_dup(const char *sig, const char *key)
{
	size_t len;
	const char *v = state_sig_value(sig, key, &len);

	return v == NULL ? NULL : xstrndup(v, len);
}

void
state_mom_of(const double *x, size_t n, struct state_mom *s)
{
	long double sum = 0, t = 0;
	double m;
	size_t i;

	memset(s, 0, sizeof(*s));
	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		sum += x[i];
	sum /= n;
	for (i = 0; i < n; i++)
		t += x[i] - sum;
	m = (double)(sum + t / n);
	for (sum = 0, i = 0; i < n; i++)
		sum += ((long double)x[i] - m) * ((long double)x[i] - m);
	s->n = (double)n;
	s->mean = m;
	s->m2 = (double)sum;
}

void
state_mom_merge(struct state_mom *a, const struct state_mom *b)
{
	long double n = (long double)a->n + b->n, dx;

	if (b->n == 0)
		return;
	if (a->n == 0) {
		*a = *b;
		return;
	}
	dx = (long double)b->mean - a->mean;
	a->mean = (double)(a->mean + dx * b->n / n);
	a->m2 = (double)((long double)a->m2 + b->m2 + dx * dx * a->n * b->n /
	    n);
	a->n = (double)n;
}

int
state_mom_read(char *const *f, struct state_mom *s, struct diag *d)
{
	double v[3] = { 0, 0, 0 };

	if (state_nums(f, 3, v, d) != 0)
		return -1;
	if (!(v[0] >= 0) || v[0] != floor(v[0]) || v[2] < 0)
		return diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "count or sum of squares");
	s->n = v[0];
	s->mean = v[1];
	s->m2 = v[2];
	return 0;
}

void
state_mom_put(struct out_table *t, size_t row, size_t col,
    const struct state_mom *s)
{
	out_num(t, row, col, s->n);
	state_put_num(t, row, col + 1, s->mean);
	state_put_num(t, row, col + 2, s->m2);
}
