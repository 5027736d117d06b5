/*
 * func: the functions of the expression language: math (R's rounding),
 * conversions, strings (UTF-8 characters, POSIX extended regexes) and
 * dates (strptime formats, days since 1970-01-01 in UTC).
 */
#include <float.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "expr/func.h"

enum { BLOCK_MIN = 4096 };

char *
func_alloc(struct func_scratch *s, size_t n)
{
	while (s->cur < s->nblk && s->used + n > s->cap[s->cur]) {
		s->cur++;
		s->used = 0;
	}
	if (s->cur == s->nblk) {
		size_t cap = n > BLOCK_MIN ? n : BLOCK_MIN;

		if (s->nblk > 0 && 2 * s->cap[s->nblk - 1] > cap)
			cap = 2 * s->cap[s->nblk - 1];
		s->blk = xrealloc(s->blk, (s->nblk + 1) * sizeof(*s->blk));
		s->cap = xrealloc(s->cap, (s->nblk + 1) * sizeof(*s->cap));
		s->blk[s->nblk] = xmalloc(cap);
		s->cap[s->nblk++] = cap;
		s->used = 0;
	}
	s->used += n;
	return s->blk[s->cur] + s->used - n;
}

void
func_scratch_reset(struct func_scratch *s)
{
	s->cur = s->used = 0;
}

void
func_scratch_release(struct func_scratch *s)
{
	size_t i;

	for (i = 0; i < s->nblk; i++)
		free(s->blk[i]);
	free(s->blk);
	free(s->cap);
	memset(s, 0, sizeof(*s));
}

static void
set_str(struct expr_val *out, const char *s, size_t len)
{
	out->t = EXPR_STR;
	out->s = s;
	out->len = (uint32_t)len;
}

static void
set_num(struct expr_val *out, double x)
{
	out->t = EXPR_NUM;
	out->x = x;
}

void
func_to_str(const struct expr_val *v, struct expr_val *out,
    struct func_scratch *s)
{
	char *p;

	if (v->t == EXPR_BOOL) {
		set_str(out, v->x != 0 ? "true" : "false", v->x != 0 ? 4 : 5);
		return;
	}
	p = func_alloc(s, NUM_BUFSZ);
	set_str(out, p, num_format(v->x, 0, p));
}

/* Math. */

/* R's round(x, digits): the nearer of the two candidates, ties to even. */
static double
round_r(double x, double digits)
{
	double sgn = 1, p10, x10, i10, lo, hi;
	int dig;

	if (!isfinite(x) || x == 0)
		return x;
	if (digits > 323)
		return x;
	if (digits < -308)
		return 0;
	dig = (int)floor(digits + 0.5);
	if (dig == 0)
		return nearbyint(x);
	if (x < 0) {
		sgn = -1;
		x = -x;
	}
	if (dig > 0 && log10(x) + dig > DBL_DIG)
		return sgn * x;
	if (dig > 0) {
		p10 = pow(10, dig);
		x10 = p10 * x;
		i10 = floor(x10);
		lo = i10 / p10;
		hi = ceil(x10) / p10;
	} else {
		p10 = pow(10, -dig);
		x10 = x / p10;
		i10 = floor(x10);
		lo = i10 * p10;
		hi = ceil(x10) * p10;
	}
	if (hi - x < x - lo || (hi - x == x - lo && fmod(i10, 2) == 1))
		return sgn * hi;
	return sgn * lo;
}

#define MATH1(name, expr)						\
static int								\
name(const struct expr_val *a, int n, struct expr_val *out,		\
    struct func_call *fc, struct diag *d)				\
{									\
	double x = a[0].x;						\
									\
	(void)n;							\
	(void)fc;							\
	(void)d;							\
	set_num(out, (expr));						\
	return 0;							\
}

MATH1(f_abs, fabs(x))
MATH1(f_sqrt, sqrt(x))
MATH1(f_exp, exp(x))
MATH1(f_log, n == 2 ? log(x) / log(a[1].x) : log(x))
MATH1(f_log2, log2(x))
MATH1(f_log10, log10(x))
MATH1(f_log1p, log1p(x))
MATH1(f_expm1, expm1(x))
MATH1(f_floor, floor(x))
MATH1(f_ceil, ceil(x))
MATH1(f_trunc, trunc(x))
MATH1(f_sign, (double)((x > 0) - (x < 0)))
MATH1(f_round, round_r(x, n == 2 ? a[1].x : 0))

/* R: 1^NA and NA^0 are 1; otherwise NA gives NA. */
static int
f_pow(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	if ((a[0].t != EXPR_NA && a[0].x == 1) ||
	    (a[1].t != EXPR_NA && a[1].x == 0))
		set_num(out, 1);
	else if (a[0].t == EXPR_NA || a[1].t == EXPR_NA)
		out->t = EXPR_NA;
	else
		set_num(out, pow(a[0].x, a[1].x));
	return 0;
}

static int
f_minmax(const struct expr_val *a, int n, struct expr_val *out, int max)
{
	double m = a[0].x;
	int i;

	for (i = 1; i < n; i++)
		if (isnan(a[i].x) || (max ? a[i].x > m : a[i].x < m))
			m = a[i].x;
	set_num(out, m);
	return 0;
}

static int
f_max(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)fc;
	(void)d;
	return f_minmax(a, n, out, 1);
}

static int
f_min(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)fc;
	(void)d;
	return f_minmax(a, n, out, 0);
}

/* Conversions. */

static int
f_tonum(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	if (a[0].t == EXPR_STR) {
		if (num_parse(a[0].s, a[0].len, &out->x, NULL, NULL) != 0)
			out->x = NAN;
		out->t = EXPR_NUM;
		return 0;
	}
	set_num(out, a[0].x);
	return 0;
}

static int
f_str(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	*out = a[0];
	return 0;
}

/* Strings: characters are UTF-8 code points. */

static size_t
nchars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}

/* The byte offset of character k (0-based) of s, or len. */
static size_t
char_at(const char *s, size_t len, size_t k)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && k-- == 0)
			return i;
	return len;
}

static int
f_len(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	set_num(out, (double)nchars(a[0].s, a[0].len));
	return 0;
}

static int
change_case(const struct expr_val *a, struct expr_val *out,
    struct func_call *fc, int upper)
{
	char *p = func_alloc(fc->scratch, a[0].len + 1);
	size_t i;

	for (i = 0; i < a[0].len; i++) {
		char c = a[0].s[i];

		if (upper && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		else if (!upper && c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		p[i] = c;
	}
	p[a[0].len] = '\0';
	set_str(out, p, a[0].len);
	return 0;
}

static int
f_lower(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)d;
	return change_case(a, out, fc, 0);
}

static int
f_upper(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)d;
	return change_case(a, out, fc, 1);
}

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static int
f_trim(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	const char *s = a[0].s;
	size_t b = 0, e = a[0].len;

	(void)n;
	(void)fc;
	(void)d;
	while (b < e && is_ws(s[b]))
		b++;
	while (e > b && is_ws(s[e - 1]))
		e--;
	set_str(out, s + b, e - b);
	return 0;
}

/* substr(s, start, len): characters start .. start + len - 1, 1-based. */
static int
f_substr(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	double start = floor(a[1].x), stop = start + floor(a[2].x) - 1;
	size_t b, e, nc = nchars(a[0].s, a[0].len);

	(void)n;
	(void)fc;
	(void)d;
	if (start < 1)
		start = 1;
	if (stop > (double)nc)
		stop = (double)nc;
	if (stop < start) {
		set_str(out, "", 0);
		return 0;
	}
	b = char_at(a[0].s, a[0].len, (size_t)start - 1);
	e = char_at(a[0].s, a[0].len, (size_t)stop);
	set_str(out, a[0].s + b, e - b);
	return 0;
}

static void
set_bool(struct expr_val *out, int b)
{
	out->t = EXPR_BOOL;
	out->x = b;
}

static int
f_contains(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	set_bool(out, a[1].len == 0 || memmem(a[0].s, a[0].len, a[1].s,
	    a[1].len) != NULL);
	return 0;
}

static int
f_startswith(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	set_bool(out, a[1].len <= a[0].len && memcmp(a[0].s, a[1].s,
	    a[1].len) == 0);
	return 0;
}

static int
f_endswith(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	(void)n;
	(void)fc;
	(void)d;
	set_bool(out, a[1].len <= a[0].len && memcmp(a[0].s + a[0].len -
	    a[1].len, a[1].s, a[1].len) == 0);
	return 0;
}

/* regexec on s[from..len), which need not end in a NUL. */
static int
match_at(const regex_t *re, const char *s, size_t from, size_t len,
    regmatch_t *m, size_t nm)
{
	m[0].rm_so = (regoff_t)from;
	m[0].rm_eo = (regoff_t)len;
	return regexec(re, s, nm, m, REG_STARTEND | (from > 0 ? REG_NOTBOL :
	    0));
}

static int
f_matches(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	regmatch_t m[1];

	(void)n;
	(void)d;
	set_bool(out, match_at(fc->regex, a[0].s, 0, a[0].len, m, 1) == 0);
	return 0;
}

/* A growing string in scratch: blocks do not move, so copy on growth. */
struct sbuf {
	struct func_scratch *scratch;
	char	*p;
	size_t	 len, cap;
};

static void
sbuf_add(struct sbuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = 2 * (b->len + n + 1);
		char *p = func_alloc(b->scratch, cap);

		if (b->len > 0)
			memcpy(p, b->p, b->len);
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

/* replace(s, regex, repl): every match, \1 ... \9 its groups, \0 all. */
static int
f_replace(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	const char *s = a[0].s, *r = a[2].s;
	struct sbuf b = { fc->scratch, NULL, 0, 0 };
	regmatch_t m[10];
	size_t at = 0, i;

	(void)n;
	(void)d;
	sbuf_add(&b, "", 0);
	while (at <= a[0].len && match_at(fc->regex, s, at, a[0].len, m,
	    10) == 0) {
		size_t so = (size_t)m[0].rm_so, eo = (size_t)m[0].rm_eo;

		sbuf_add(&b, s + at, so - at);
		for (i = 0; i < a[2].len; i++) {
			if (r[i] == '\\' && i + 1 < a[2].len &&
			    r[i + 1] >= '0' && r[i + 1] <= '9') {
				regmatch_t *g = &m[r[++i] - '0'];

				if (g->rm_so >= 0)
					sbuf_add(&b, s + g->rm_so,
					    (size_t)(g->rm_eo - g->rm_so));
			} else if (r[i] == '\\' && i + 1 < a[2].len &&
			    r[i + 1] == '\\')
				sbuf_add(&b, r + ++i, 1);
			else
				sbuf_add(&b, r + i, 1);
		}
		if (eo == so) {		/* an empty match: step a character */
			size_t c = so < a[0].len ? char_at(s + so, a[0].len -
			    so, 1) : 1;

			if (so < a[0].len)
				sbuf_add(&b, s + so, c);
			at = so + c;
		} else
			at = eo;
	}
	if (at < a[0].len)
		sbuf_add(&b, s + at, a[0].len - at);
	set_str(out, b.p, b.len);
	return 0;
}

/* split_part(s, sep, i): the i-th piece (1-based), NA if there is none. */
static int
f_split_part(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	const char *s = a[0].s, *end = s + a[0].len, *q;
	double k = floor(a[2].x);

	(void)n;
	(void)fc;
	(void)d;
	if (k < 1 || (a[1].len == 0 && k > 1)) {
		out->t = EXPR_NA;
		return 0;
	}
	if (a[1].len == 0) {
		set_str(out, s, a[0].len);
		return 0;
	}
	for (; k > 1; k--) {
		q = memmem(s, (size_t)(end - s), a[1].s, a[1].len);
		if (q == NULL) {
			out->t = EXPR_NA;
			return 0;
		}
		s = q + a[1].len;
	}
	q = memmem(s, (size_t)(end - s), a[1].s, a[1].len);
	set_str(out, s, (size_t)((q != NULL ? q : end) - s));
	return 0;
}

static int
f_concat(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	struct sbuf b = { fc->scratch, NULL, 0, 0 };
	int i;

	(void)d;
	sbuf_add(&b, "", 0);
	for (i = 0; i < n; i++)
		sbuf_add(&b, a[i].s, a[i].len);
	set_str(out, b.p, b.len);
	return 0;
}

/* Dates: days (or seconds) since 1970-01-01 00:00 UTC. */

/* Parse a[0] with the strptime format a[1]; 0, or -1 if it does not fit. */
static int
parse_time(const struct expr_val *a, struct func_call *fc, double *secs)
{
	char *s = func_alloc(fc->scratch, a[0].len + 1);
	char *f = func_alloc(fc->scratch, a[1].len + 1);
	const char *end;
	struct tm tm, back;
	time_t t;

	memcpy(s, a[0].s, a[0].len);
	s[a[0].len] = '\0';
	memcpy(f, a[1].s, a[1].len);
	f[a[1].len] = '\0';
	memset(&tm, 0, sizeof(tm));
	tm.tm_mday = 1;
	end = strptime(s, f, &tm);
	if (end == NULL || *end != '\0')
		return -1;
	/* a day the month does not have (February 30) is no date, as R */
	back = tm;
	t = timegm(&back);	/* which normalizes back */
	if (back.tm_mday != tm.tm_mday || back.tm_mon != tm.tm_mon)
		return -1;
	*secs = (double)t;
	return 0;
}

static int
f_date(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	double t;

	(void)n;
	(void)d;
	set_num(out, parse_time(a, fc, &t) == 0 ? floor(t / 86400) : NAN);
	return 0;
}

static int
f_datetime(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	double t;

	(void)n;
	(void)d;
	set_num(out, parse_time(a, fc, &t) == 0 ? t : NAN);
	return 0;
}

/* The broken-down UTC time of secs; -1 if out of range. */
static int
utc(double secs, struct tm *tm)
{
	time_t t;

	if (!(fabs(secs) < 1e15))
		return -1;
	t = (time_t)floor(secs);
	return gmtime_r(&t, tm) != NULL ? 0 : -1;
}

static int
f_format_date(const struct expr_val *a, int n, struct expr_val *out,
    struct func_call *fc, struct diag *d)
{
	char *f = func_alloc(fc->scratch, a[1].len + 1), *p;
	struct tm tm;
	size_t len;

	(void)n;
	(void)d;
	memcpy(f, a[1].s, a[1].len);
	f[a[1].len] = '\0';
	if (utc(floor(a[0].x) * 86400, &tm) != 0) {
		out->t = EXPR_NA;
		return 0;
	}
	p = func_alloc(fc->scratch, 256);
	len = strftime(p, 256, f, &tm);
	set_str(out, p, len);
	return 0;
}

/* A part of the date of a[0] days (of a[0] seconds for hours). */
static int
date_part(const struct expr_val *a, struct expr_val *out, char part)
{
	struct tm tm;
	double v;

	if (utc(part == 'H' ? a[0].x : floor(a[0].x) * 86400, &tm) != 0) {
		out->t = EXPR_NA;
		return 0;
	}
	switch (part) {
	case 'Y': v = tm.tm_year + 1900.0; break;
	case 'm': v = tm.tm_mon + 1; break;
	case 'd': v = tm.tm_mday; break;
	case 'u': v = tm.tm_wday == 0 ? 7 : tm.tm_wday; break;
	default: v = tm.tm_hour; break;
	}
	set_num(out, v);
	return 0;
}

#define DATE_PART(name, part)						\
static int								\
name(const struct expr_val *a, int n, struct expr_val *out,		\
    struct func_call *fc, struct diag *d)				\
{									\
	(void)n;							\
	(void)fc;							\
	(void)d;							\
	return date_part(a, out, part);					\
}

DATE_PART(f_year, 'Y')
DATE_PART(f_month, 'm')
DATE_PART(f_day, 'd')
DATE_PART(f_weekday, 'u')
DATE_PART(f_hour, 'H')

/* clang-format off */
static const struct func funcs[] = {	/* sorted by name */
	{ "abs",	"n", 1, 1, EXPR_NUM, 0, f_abs },
	{ "ceil",	"n", 1, 1, EXPR_NUM, 0, f_ceil },
	{ "concat",	"s", 1, -1, EXPR_STR, 0, f_concat },
	{ "contains",	"s", 2, 2, EXPR_BOOL, 0, f_contains },
	{ "date",	"s", 2, 2, EXPR_NUM, 0, f_date },
	{ "datetime",	"s", 2, 2, EXPR_NUM, 0, f_datetime },
	{ "day",	"n", 1, 1, EXPR_NUM, 0, f_day },
	{ "endswith",	"s", 2, 2, EXPR_BOOL, 0, f_endswith },
	{ "exp",	"n", 1, 1, EXPR_NUM, 0, f_exp },
	{ "expm1",	"n", 1, 1, EXPR_NUM, 0, f_expm1 },
	{ "floor",	"n", 1, 1, EXPR_NUM, 0, f_floor },
	{ "format_date", "ns", 2, 2, EXPR_STR, 0, f_format_date },
	{ "hour",	"n", 1, 1, EXPR_NUM, 0, f_hour },
	{ "len",	"s", 1, 1, EXPR_NUM, 0, f_len },
	{ "log",	"n", 1, 2, EXPR_NUM, 0, f_log },
	{ "log10",	"n", 1, 1, EXPR_NUM, 0, f_log10 },
	{ "log1p",	"n", 1, 1, EXPR_NUM, 0, f_log1p },
	{ "log2",	"n", 1, 1, EXPR_NUM, 0, f_log2 },
	{ "lower",	"s", 1, 1, EXPR_STR, 0, f_lower },
	{ "matches",	"sr", 2, 2, EXPR_BOOL, 0, f_matches },
	{ "max",	"n", 1, -1, EXPR_NUM, 0, f_max },
	{ "min",	"n", 1, -1, EXPR_NUM, 0, f_min },
	{ "month",	"n", 1, 1, EXPR_NUM, 0, f_month },
	{ "num",	"a", 1, 1, EXPR_NUM, 0, f_tonum },
	{ "pmax",	"n", 1, -1, EXPR_NUM, 0, f_max },
	{ "pmin",	"n", 1, -1, EXPR_NUM, 0, f_min },
	{ "pow",	"n", 2, 2, EXPR_NUM, 1, f_pow },
	{ "replace",	"srs", 3, 3, EXPR_STR, 0, f_replace },
	{ "round",	"n", 1, 2, EXPR_NUM, 0, f_round },
	{ "sign",	"n", 1, 1, EXPR_NUM, 0, f_sign },
	{ "split_part",	"ssn", 3, 3, EXPR_STR, 0, f_split_part },
	{ "sqrt",	"n", 1, 1, EXPR_NUM, 0, f_sqrt },
	{ "startswith",	"s", 2, 2, EXPR_BOOL, 0, f_startswith },
	{ "str",	"s", 1, 1, EXPR_STR, 0, f_str },
	{ "substr",	"snn", 3, 3, EXPR_STR, 0, f_substr },
	{ "trim",	"s", 1, 1, EXPR_STR, 0, f_trim },
	{ "trunc",	"n", 1, 1, EXPR_NUM, 0, f_trunc },
	{ "upper",	"s", 1, 1, EXPR_STR, 0, f_upper },
	{ "weekday",	"n", 1, 1, EXPR_NUM, 0, f_weekday },
	{ "year",	"n", 1, 1, EXPR_NUM, 0, f_year },
};
/* clang-format on */

const char func_names[] = "abs, case_when, ceil, coalesce, "
    "concat, contains, date, datetime, day, endswith, exp, expm1, floor, "
    "format_date, hour, if_else, is_na, len, log, log10, log1p, log2, "
    "lower, matches, max, min, month, num, pmax, pmin, pow, replace, round, "
    "sign, split_part, sqrt, startswith, str, substr, trim, trunc, upper, "
    "weekday, year";

const struct func *
func_find(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(funcs) / sizeof(funcs[0]); i++)
		if (strlen(funcs[i].name) == len &&
		    memcmp(funcs[i].name, name, len) == 0)
			return &funcs[i];
	return NULL;
}
