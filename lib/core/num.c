/* num: numbers as text both ways, in the C locale; shortest round trip. */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/num.h"
#include "core/xalloc.h"

static const double pow10tab[23] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

void
num_na_init(struct num_na *na, const char *list)
{
	const char *p, *q;
	size_t n = 1;

	if (list == NULL)
		list = "NA,N/A,NaN,null";
	for (p = list; *p; p++)
		n += *p == ',';
	na->item = xcalloc(n, sizeof(*na->item));
	na->len = xcalloc(n, sizeof(*na->len));
	na->n = 0;
	na->lens = 0;
	for (p = list;; p = q + 1) {
		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		if (q > p) {
			na->item[na->n] = xstrndup(p, q - p);
			na->len[na->n++] = q - p;
			na->lens |= 1ULL << (q - p < 63 ? q - p : 63);
		}
		if (*q == '\0')
			break;
	}
}

void
num_na_release(struct num_na *na)
{
	size_t i;

	for (i = 0; i < na->n; i++)
		free(na->item[i]);
	free(na->item);
	free(na->len);
	memset(na, 0, sizeof(*na));
}

int
num_na_match(const struct num_na *na, const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return 1;
	/* most values have a length no item has: one test, no loop */
	if ((na->lens >> (len < 63 ? len : 63) & 1) == 0)
		return 0;
	for (i = 0; i < na->n; i++)
		if (na->len[i] == len && memcmp(na->item[i], s, len) == 0)
			return 1;
	return 0;
}

static int
isblank_c(int c)
{
	return c == ' ' || c == '\t';
}

/* The slow path: strtod on a NUL-terminated copy of already checked text. */
static int
parse_strtod(const char *s, size_t len, char point, double *x)
{
	char buf[128], *copy = NULL, *t = buf, *c;

	if (len >= sizeof(buf))
		t = copy = xmalloc(len + 1);
	memcpy(t, s, len);
	t[len] = '\0';
	if (point != '.' && (c = strchr(t, point)) != NULL)
		*c = '.';	/* strtod reads the C locale's point */
	errno = 0;
	*x = strtod(t, NULL);
	free(copy);
	if (errno == ERANGE && isinf(*x))
		return NUM_RANGE;
	return 0;
}

/*
 * The value of the 8 characters at p if they are all digits, else -1:
 * eight digits in a few word operations (SWAR, as in simdjson) rather
 * than a loop, for the long fractions of measured data.
 */
static inline int64_t
eight_digits(const char *p)
{
	const uint64_t hi = 0xf0f0f0f0f0f0f0f0ULL, zeros = 0x3030303030303030ULL;
	const unsigned char *b = (const unsigned char *)p;
	/* p[0] lowest whatever the byte order; compilers make it one load */
	uint64_t w = (uint64_t)b[0] | (uint64_t)b[1] << 8 |
	    (uint64_t)b[2] << 16 | (uint64_t)b[3] << 24 |
	    (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 |
	    (uint64_t)b[6] << 48 | (uint64_t)b[7] << 56;

	/* every byte 0x30..0x39: high nibble 3, and still 3 after adding 6 */
	if ((w & hi) != zeros || ((w + 0x0606060606060606ULL) & hi) != zeros)
		return -1;
	w -= zeros;
	w = (w * 10 + (w >> 8)) & 0x00ff00ff00ff00ffULL;	/* pairs */
	w = (w * 100 + (w >> 16)) & 0x0000ffff0000ffffULL;	/* fours */
	return (int64_t)((w * 10000 + (w >> 32)) & 0xffffffffULL);
}

char num_point = '.';

/* num_parse() with the decimal point given. */
static int
parse_point(const char *s, size_t len, char pt, double *x, float *rel,
    int *isint)
{
	const char *p = s, *end = s + len, *start;
	uint64_t m = 0;
	int64_t v;
	unsigned c;
	int neg = 0, ndig = 0, exact = 1, point = 0, expo = 0;
	long e = 0;
	float r = 0;

	while (p < end && isblank_c((unsigned char)*p))
		p++;
	while (end > p && isblank_c((unsigned char)end[-1]))
		end--;
	if (p < end && (*p == '+' || *p == '-'))
		neg = *p++ == '-';
	start = p;
	if (end - p >= 3 && (*p == 'i' || *p == 'I') &&
	    strncasecmp(p, "inf", 3) == 0 &&
	    (end - p == 3 || (end - p == 8 && strncasecmp(p, "infinity", 8) == 0))) {
		*x = neg ? -INFINITY : INFINITY;
		if (rel)
			*rel = 0;
		if (isint)
			*isint = 0;
		return 0;
	}
	/* 19 digits fit in m; later ones only scale (strtod rounds those) */
	for (; p < end && (c = (unsigned char)*p - '0') <= 9; p++, ndig++) {
		if (m < 1000000000000000000ULL)
			m = m * 10 + c;
		else {
			exact = 0;
			e++;
		}
	}
	if (p < end && *p == pt) {
		point = 1;
		/* below 10^10, eight more digits keep m below 10^18: they
		 * are taken as one by one, at once (p, ndig step 7 + 1) */
		for (p++; p < end && (c = (unsigned char)*p - '0') <= 9; p++,
		    ndig++) {
			if (m < 10000000000ULL && end - p >= 8 &&
			    (v = eight_digits(p)) >= 0) {
				m = m * 100000000 + (uint64_t)v;
				e -= 8;
				p += 7;
				ndig += 7;
			} else if (m < 1000000000000000000ULL) {
				m = m * 10 + c;
				e--;
			} else
				exact = 0;
		}
	}
	if (ndig == 0)
		return NUM_BAD;
	if (p < end && (*p == 'e' || *p == 'E')) {
		int eneg = 0, edig = 0;
		long ev = 0;

		expo = 1;
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			eneg = *p++ == '-';
		for (; p < end && (unsigned)(*p - '0') <= 9; p++, edig++)
			if (ev < 100000)
				ev = ev * 10 + (*p - '0');
		if (edig == 0)
			return NUM_BAD;
		e += eneg ? -ev : ev;
	}
	if (p != end)
		return NUM_BAD;
	if (isint)
		*isint = !point && !expo;
	if (m == 0) {
		*x = neg ? -0.0 : 0.0;
	} else if (exact && m <= (1ULL << 53) && e >= -22 && e <= 22) {
		/* Clinger's fast path: one correctly rounded operation, whose
		 * exact error fma() gives us. */
		double dm = (double)m, pw = pow10tab[e < 0 ? -e : e], err;

		if (e >= 0) {
			*x = dm * pw;
			err = fma(dm, pw, -*x);
		} else {
			*x = dm / pw;
			err = fma(-*x, pw, dm) / pw;
		}
		r = (float)(err / *x);
		if (neg)
			*x = -*x;
	} else {
		int rc = parse_strtod(start - neg, end - (start - neg), pt,
		    x);
		if (rc != 0)
			return rc;
	}
	if (rel)
		*rel = r;
	return 0;
}

int
num_parse(const char *s, size_t len, double *x, float *rel, int *isint)
{
	return parse_point(s, len, num_point, x, rel, isint);
}

int
num_parse_opt(const char *s, double *x)
{
	size_t len = strlen(s);

	if (len == 0 || isblank_c((unsigned char)s[0]) ||
	    isblank_c((unsigned char)s[len - 1]))
		return -1;
	if (parse_point(s, len, '.', x, NULL, NULL) != 0 || !isfinite(*x))
		return -1;
	return 0;
}

int
num_parse_int(const char *s, long lo, long hi, long *v)
{
	char *end;

	if (*s < '0' || *s > '9') {
		if (!(*s == '-' && s[1] >= '0' && s[1] <= '9'))
			return -1;
	}
	errno = 0;
	*v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || *v < lo || *v > hi)
		return -1;
	return 0;
}

int
num_parse_list(const char *s, double **v, size_t *n, char *bad, size_t badsz)
{
	size_t cap = 0, len;
	const char *p = s, *e;
	char buf[64];
	int rc = 0;

	*v = NULL;
	*n = 0;
	for (;;) {
		e = strchr(p, ',');
		len = e ? (size_t)(e - p) : strlen(p);
		if (len == 0 || len >= sizeof(buf)) {
			rc = -1;
			break;
		}
		memcpy(buf, p, len);
		buf[len] = '\0';
		*v = xgrow(*v, &cap, *n + 1, sizeof(**v));
		if (num_parse_opt(buf, &(*v)[*n]) != 0) {
			snprintf(bad, badsz, "%s", buf);
			rc = -2;
			break;
		}
		(*n)++;
		if (e == NULL)
			return 0;
		p = e + 1;
	}
	free(*v);
	*v = NULL;
	*n = 0;
	return rc;
}

/*
 * x (finite, normal or zero) as %.{p}g prints it, for p 15, 16 or 17,
 * from d, its 17 significant digits correctly rounded, and e, their
 * decimal exponent.  Rounding d again to p digits rounds the exact value
 * the same way unless the dropped digits are a tie ("5", "50"): d is
 * within half a unit of its last digit of the exact value.  Returns the
 * length, or 0 for a tie.
 */
static size_t
format_g(const char *d17, int e, int neg, int p, char *buf)
{
	char d[17];
	size_t n = 0;
	int i, k;

	memcpy(d, d17, 17);
	if (p < 17) {
		int tail = 0, half = p == 16 ? 5 : 50;

		for (i = p; i < 17; i++)
			tail = tail * 10 + (d[i] - '0');
		if (tail == half)
			return 0;
		if (tail > half) {
			for (i = p - 1; i >= 0 && d[i] == '9'; i--)
				d[i] = '0';
			if (i >= 0)
				d[i]++;
			else {		/* 9.99... became 10.0... */
				d[0] = '1';
				e++;
			}
		}
	}
	for (k = p; k > 1 && d[k - 1] == '0'; k--)
		;		/* %g drops trailing zeros */
	if (neg)
		buf[n++] = '-';
	if (e < -4 || e >= p) {
		buf[n++] = d[0];
		if (k > 1)
			buf[n++] = '.';
		for (i = 1; i < k; i++)
			buf[n++] = d[i];
		n += (size_t)snprintf(buf + n, NUM_BUFSZ - n, "e%c%02d",
		    e < 0 ? '-' : '+', e < 0 ? -e : e);
		return n;
	}
	if (e < 0) {
		buf[n++] = '0';
		buf[n++] = '.';
		for (i = -1; i > e; i--)
			buf[n++] = '0';
		for (i = 0; i < k; i++)
			buf[n++] = d[i];
	} else {
		for (i = 0; i <= e; i++)
			buf[n++] = i < k ? d[i] : '0';
		if (k > e + 1)
			buf[n++] = '.';
		for (i = e + 1; i < k; i++)
			buf[n++] = d[i];
	}
	buf[n] = '\0';
	return n;
}

#ifdef __SIZEOF_INT128__
static const uint64_t p10[20] = { 1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL,
    100000ULL, 1000000ULL, 10000000ULL, 100000000ULL, 1000000000ULL,
    10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL,
    10000000000000000000ULL };

/* 10^k, k <= 38 */
static unsigned __int128
pow10_128(int k)
{
	return k < 20 ? p10[k] : (unsigned __int128)p10[19] * p10[k - 19];
}

/*
 * a = |x| = m 2^-s exactly (m < 2^53, s < 70), and a 10^k = t 2^-s, whose
 * integer part has 17 digits: q is it correctly rounded (ties to even, as
 * printf rounds).  For 1e-5 <= a < 1e15, where t = m 10^k, k <= 22, fits
 * in 128 bits: an integer quotient and remainder instead of printf's
 * multiple precision.
 */
struct exact17 {
	unsigned __int128 t;
	uint64_t	 m, q;
	int		 s, k;
};

/* Returns 0 for a out of that range. */
static int
exact17(double x, struct exact17 *v)
{
	unsigned __int128 r, half;
	const uint64_t lo = 10000000000000000ULL;	/* 10^16 */
	double a = fabs(x);
	uint64_t bits;
	int e2;

	if (!(a >= 1e-5 && a < 1e15))
		return 0;
	/* a is normal: its bits give m and s */
	memcpy(&bits, &a, sizeof(bits));
	v->m = (bits & ((1ULL << 52) - 1)) | 1ULL << 52;
	e2 = (int)(bits >> 52) - 1022;
	v->s = 53 - e2;
	/* 2^(e2-1) <= a: k may start one too large */
	for (v->k = 16 - (int)floor((e2 - 1) * 0.30102999566398120);;
	    v->k += v->q < lo ? 1 : -1) {
		v->t = v->m * pow10_128(v->k);
		v->q = (uint64_t)(v->t >> v->s);
		if (v->q >= lo && v->q < 10 * lo)
			break;
	}
	r = v->t & (((unsigned __int128)1 << v->s) - 1);
	half = (unsigned __int128)1 << (v->s - 1);
	if (r > half || (r == half && (v->q & 1)))
		v->q++;
	if (v->q == 10 * lo) {	/* 9.99...95 became 10.0 */
		v->q = lo;
		v->k--;
		v->t = v->m * pow10_128(v->k);
	}
	return 1;
}

/*
 * Whether q rounded to p < 17 digits (not a tie) reads back as x: the
 * nearest double to it is x when it is within half a gap of x, the half
 * included if m is even (ties to even), and the gap below a power of two
 * is half the one above.  In units of 10^-k 2^-(s+1): |c - 2t| < 10^k.
 */
static int
reads_back(const struct exact17 *v, int p)
{
	uint64_t unit = p10[17 - p], dq = v->q / unit;
	unsigned __int128 c, two_t = 2 * v->t, dist;

	if (v->q % unit > unit / 2)
		dq++;
	c = (unsigned __int128)(dq * unit) << (v->s + 1);
	dist = c >= two_t ? c - two_t : two_t - c;
	if (c < two_t && v->m == 1ULL << 52)
		dist *= 2;
	return dist < pow10_128(v->k) ||
	    (dist == pow10_128(v->k) && (v->m & 1) == 0);
}
#else
/* Without 128-bit integers printf makes the digits and reading decides. */
struct exact17 {
	uint64_t q;
	int	 k;
};

static int
exact17(double x, struct exact17 *v)
{
	(void)x;
	(void)v;
	return 0;
}

static int
reads_back(const struct exact17 *v, int p)
{
	(void)v;
	(void)p;
	return 0;
}
#endif

/* The 17 digits of |x| into d and their exponent into *e10; 1 if v then
 * holds them exactly (exact17()). */
static int
digits17(double x, char *d, int *e10, struct exact17 *v)
{
	char tmp[NUM_BUFSZ];
	int i;

	if (exact17(x, v)) {
		/* two 32-bit halves: short, independent chains of divisions */
		uint32_t hi = (uint32_t)(v->q / 1000000000),
		    lo = (uint32_t)(v->q % 1000000000);

		for (i = 16; i >= 8; i--, lo /= 10)
			d[i] = (char)('0' + lo % 10);
		for (; i >= 0; i--, hi /= 10)
			d[i] = (char)('0' + hi % 10);
		*e10 = 16 - v->k;
		return 1;
	}
	snprintf(tmp, sizeof(tmp), "%.16e", fabs(x));
	d[0] = tmp[0];
	for (i = 1; i < 17; i++)
		d[i] = tmp[i + 1];
	*e10 = atoi(tmp + 19);
	return 0;
}

size_t
num_format(double x, int digits, char *buf)
{
	char tmp[NUM_BUFSZ], d[17];
	double y;
	int p, n = 0, e, exact;
	struct exact17 v;

	if (isnan(x))
		return (size_t)snprintf(buf, NUM_BUFSZ, "nan");
	if (isinf(x))
		return (size_t)snprintf(buf, NUM_BUFSZ, x < 0 ? "-inf" : "inf");
	if (digits > 0)
		return (size_t)snprintf(buf, NUM_BUFSZ, "%.*g", digits, x);
	/* an integer of 15 digits or fewer is what %.15g prints */
	if (x == trunc(x) && fabs(x) < 1e15 && !(x == 0 && signbit(x))) {
		uint64_t u = (uint64_t)fabs(x);

		do
			tmp[n++] = (char)('0' + u % 10);
		while ((u /= 10) > 0);
		p = 0;
		if (x < 0)
			buf[p++] = '-';
		while (n > 0)
			buf[p++] = tmp[--n];
		buf[p] = '\0';
		return (size_t)p;
	}
	/* %.15g always reads back for normal doubles with 15 digits or
	 * fewer; subnormals may need fewer digits still. */
	if (fpclassify(x) == FP_SUBNORMAL) {
		for (p = 1; p <= 17; p++) {
			n = snprintf(buf, NUM_BUFSZ, "%.*g", p, x);
			if (strtod(buf, NULL) == x)
				break;
		}
		return (size_t)n;
	}
	/* One exact conversion to 17 digits, rounded again to 15 and 16
	 * here (glibc's exact printing is slow, and 17 always reads back),
	 * and whether those read back told by integers, not by reading. */
	exact = digits17(x, d, &e, &v);
	for (p = 15; p < 17; p++) {
		size_t len = format_g(d, e, signbit(x) != 0, p, buf);

		if (len == 0)	/* a tie: only the exact value decides */
			len = (size_t)snprintf(buf, NUM_BUFSZ, "%.*g", p, x);
		else if (exact) {
			if (reads_back(&v, p))
				return len;
			continue;
		}
		if (num_parse(buf, len, &y, NULL, NULL) == 0 && y == x)
			return len;
	}
	return format_g(d, e, signbit(x) != 0, 17, buf);
}
