/* rng: xoshiro256** (Blackman and Vigna) seeded by splitmix64 (rng.h). */
#include "learn/rng.h"

static uint64_t
splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

void
rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	/* the stream is mixed in first: nearby seeds and streams give
	 * unrelated states */
	uint64_t x = seed, y;
	int i;

	y = splitmix(&x) ^ stream * 0xd1342543de82ef95ULL;
	x = y;
	for (i = 0; i < 4; i++)
		r->s[i] = splitmix(&x);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t
rng_next(struct rng *r)
{
	uint64_t *s = r->s, out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

double
rng_unif(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

size_t
rng_below(struct rng *r, size_t n)
{
	/* Lemire's multiply and reject */
	uint64_t x = rng_next(r);
	unsigned __int128 m = (unsigned __int128)x * n;
	uint64_t l = (uint64_t)m, t;

	if (l < n) {
		t = -(uint64_t)n % n;
		while (l < t) {
			x = rng_next(r);
			m = (unsigned __int128)x * n;
			l = (uint64_t)m;
		}
	}
	return (size_t)(m >> 64);
}

void
rng_shuffle(struct rng *r, size_t *a, size_t n)
{
	size_t i, j, t;

	for (i = n; i > 1; i--) {
		j = rng_below(r, i);
		t = a[i - 1];
		a[i - 1] = a[j];
		a[j] = t;
	}
}
