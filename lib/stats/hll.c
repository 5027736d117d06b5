/* hll: HyperLogLog distinct counts (hll.h). */
#include <math.h>
#include <string.h>

#include "stats/hll.h"

uint64_t
hll_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 0xcbf29ce484222325u;
	size_t i;

	for (i = 0; i < n; i++)		/* FNV-1a ... */
		h = (h ^ s[i]) * 0x100000001b3u;
	h ^= h >> 33;			/* ... then MurmurHash3's finalizer:
					   FNV's high bits mix poorly */
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53u;
	h ^= h >> 33;
	return h;
}

void
hll_add(struct hll *h, uint64_t x)
{
	uint64_t w = x << HLL_P;
	uint8_t r = w == 0 ? HLL_Q + 1 : (uint8_t)(__builtin_clzll(w) + 1);

	if (r > HLL_Q + 1)
		r = HLL_Q + 1;
	if (r > h->reg[x >> HLL_Q])
		h->reg[x >> HLL_Q] = r;
}

void
hll_merge(struct hll *h, const struct hll *b)
{
	size_t i;

	for (i = 0; i < HLL_M; i++)
		if (b->reg[i] > h->reg[i])
			h->reg[i] = b->reg[i];
}

/* Ertl's sigma(x) = x + sum_k x^(2^k) 2^(k-1), for the empty registers. */
static double
ertl_sigma(double x)
{
	double y = 1, z = x, old;

	if (x == 1)
		return INFINITY;
	do {
		x *= x;
		old = z;
		z += x * y;
		y += y;
	} while (z != old);
	return z;
}

/* Ertl's tau(x), for the registers at their maximum. */
static double
ertl_tau(double x)
{
	double y = 1, z, old;

	if (x == 0 || x == 1)
		return 0;
	z = 1 - x;
	do {
		x = sqrt(x);
		old = z;
		y *= 0.5;
		z -= (1 - x) * (1 - x) * y;
	} while (z != old);
	return z / 3;
}

double
hll_estimate(const struct hll *h)
{
	double c[HLL_Q + 2], m = HLL_M, z;
	size_t i;
	int k;

	memset(c, 0, sizeof(c));
	for (i = 0; i < HLL_M; i++)
		c[h->reg[i]]++;
	if (c[0] == m)
		return 0;
	z = m * ertl_tau(1 - c[HLL_Q + 1] / m);
	for (k = HLL_Q; k >= 1; k--)
		z = 0.5 * (z + c[k]);
	z += m * ertl_sigma(c[0] / m);
	return m * m / (2 * log(2) * z);
}

void
hll_text(const struct hll *h, char *buf)
{
	size_t i, n = sizeof(HLL_PREFIX) - 1;

	memcpy(buf, HLL_PREFIX, n);
	for (i = 0; i < HLL_M; i++)
		buf[n + i] = (char)('0' + h->reg[i]);
	buf[n + HLL_M] = '\0';
}

int
hll_merge_text(struct hll *h, const char *s)
{
	size_t i, n = sizeof(HLL_PREFIX) - 1;

	if (strncmp(s, HLL_PREFIX, n) != 0 || strlen(s) != HLL_TEXTLEN)
		return -1;
	for (i = 0; i < HLL_M; i++)
		if (s[n + i] < '0' || s[n + i] > '0' + HLL_Q + 1)
			return -1;
	for (i = 0; i < HLL_M; i++)
		if ((uint8_t)(s[n + i] - '0') > h->reg[i])
			h->reg[i] = (uint8_t)(s[n + i] - '0');
	return 0;
}
