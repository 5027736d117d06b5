/*
 * group_table: the key table, tuples of key values each given an id in
 * order of first appearance, by open addressing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frame/collate.h"
#include "frame/group_table.h"
#include "core/num.h"
#include "core/xalloc.h"

#define MISSING	((size_t)-1)	/* key offset of a missing value */

/*
 * A slot keeps (part of) the hash beside the id, and a table of one key
 * keeps a short key in the slot as well, as one word (see key_word): a
 * lookup then reads one cache line, not the offsets and the key arena too.
 * Missing and longer keys are compared in the arena.  16 bytes a slot,
 * four a cache line: 100 000 groups take 4 MB.
 */
#define SHORT_KEY	8	/* a word: up to 7 bytes of key, the length */

struct slot {
	uint32_t	hash;		/* its low bits: as many as nslot has */
	uint32_t	id1;		/* group id + 1; 0: empty */
	uint64_t	key;		/* 0: not inline */
};

struct group_table {
	size_t		 nkeys;
	size_t		 n;		/* groups */
	size_t		 cap;		/* groups allocated (in off) */
	size_t		*off;		/* per group and key: arena offset */
	char		*arena;		/* the keys, NUL-terminated */
	size_t		 arena_len, arena_cap;
	struct slot	*slot;		/* open addressing */
	size_t		 nslot;		/* a power of two */
};

struct group_table *
group_table_new(size_t nkeys)
{
	struct group_table *t = xcalloc(1, sizeof(*t));

	t->nkeys = nkeys;
	t->nslot = 64;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	return t;
}

void
group_table_free(struct group_table *t)
{
	if (t == NULL)
		return;
	free(t->off);
	free(t->arena);
	free(t->slot);
	free(t);
}

/*
 * The n <= 8 bytes at p as a little-endian word, zero above: loads of the
 * word's parts, not bytes copied to the stack and read back as a word
 * (a stall on every key).
 */
static uint64_t
word_at(const char *p, size_t n)
{
	uint64_t w = 0;
	uint32_t a;
	uint16_t b;
	size_t i = 0;

	if (n == 8) {
		memcpy(&w, p, 8);
		return w;
	}
	if (n & 4) {
		memcpy(&a, p, 4);
		w = a;
		i = 4;
	}
	if (n & 2) {
		memcpy(&b, p + i, 2);
		w |= (uint64_t)b << (8 * i);
		i += 2;
	}
	if (n & 1)
		w |= (uint64_t)(unsigned char)p[i] << (8 * i);
	return w;
}

static uint64_t
hash_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
	return h ^ (h >> 32);
}

/* Eight bytes at a time, each key's length closing it; the finalizer of
 * MurmurHash3 spreads every input bit to the low bits that pick a slot. */
static uint64_t
hash_keys(size_t nkeys, const char *const *key, const size_t *len)
{
	uint64_t h = 0;
	size_t k, i, n;

	for (k = 0; k < nkeys; k++) {
		if (key[k] == NULL) {
			h = hash_mix(h, ~(uint64_t)0);
			continue;
		}
		for (i = 0; i < len[k]; i += 8) {
			n = len[k] - i < 8 ? len[k] - i : 8;
			h = hash_mix(h, word_at(key[k] + i, n));
		}
		h = hash_mix(h, len[k]);
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 33);
}

/* The inline form of a key tuple: its bytes, the length + 1 in the top
 * byte; 0 if it has none. */
static uint64_t
key_word(size_t nkeys, const char *const *key, const size_t *len)
{
	if (nkeys != 1 || key[0] == NULL || len[0] >= SHORT_KEY)
		return 0;
	return word_at(key[0], len[0]) | (uint64_t)(len[0] + 1) << 56;
}

static int
same_keys(const struct group_table *t, size_t id, const char *const *key,
    const size_t *len)
{
	const size_t *off = t->off + id * t->nkeys;
	size_t k;

	for (k = 0; k < t->nkeys; k++) {
		if (key[k] == NULL || off[k] == MISSING) {
			if ((key[k] == NULL) != (off[k] == MISSING))
				return 0;
		} else if (memcmp(t->arena + off[k], key[k], len[k]) != 0 ||
		    t->arena[off[k] + len[k]] != '\0')
			return 0;
	}
	return 1;
}

static void
rehash(struct group_table *t)
{
	struct slot *old = t->slot;
	size_t i, s, n = t->nslot;

	t->nslot *= 2;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	for (i = 0; i < n; i++) {
		if (old[i].id1 == 0)
			continue;
		for (s = old[i].hash & (t->nslot - 1); t->slot[s].id1 != 0;
		    s = (s + 1) & (t->nslot - 1))
			;
		t->slot[s] = old[i];
	}
	free(old);
}

/*
 * The slot of a key tuple of hash h: its own, or the empty one where it
 * would go.  ik: its inline form, or 0.
 */
static size_t
probe(const struct group_table *t, uint64_t h, const char *const *key,
    const size_t *len, uint64_t ik)
{
	size_t s;

	/* an inline key equals only an inline key, a long or missing one
	 * only one in the arena */
	for (s = h & (t->nslot - 1); t->slot[s].id1 != 0;
	    s = (s + 1) & (t->nslot - 1)) {
		const struct slot *sl = &t->slot[s];

		if (sl->hash != (uint32_t)h)
			continue;
		if (ik != 0 ? sl->key == ik : sl->key == 0 &&
		    same_keys(t, sl->id1 - 1, key, len))
			break;
	}
	return s;
}

uint64_t
group_table_hash(const struct group_table *t, const char *const *key,
    const size_t *len)
{
	return hash_keys(t->nkeys, key, len);
}

size_t
group_table_find(const struct group_table *t, uint64_t h,
    const char *const *key, const size_t *len)
{
	return (size_t)t->slot[probe(t, h, key, len,
	    key_word(t->nkeys, key, len))].id1 - 1;
}

void
group_table_prefetch(const struct group_table *t, uint64_t h)
{
	__builtin_prefetch(&t->slot[h & (t->nslot - 1)]);
}

size_t
group_table_id(struct group_table *t, const char *const *key,
    const size_t *len)
{
	return group_table_id_hashed(t, hash_keys(t->nkeys, key, len), key,
	    len);
}

size_t
group_table_id_hashed(struct group_table *t, uint64_t h,
    const char *const *key, const size_t *len)
{
	uint64_t ik = key_word(t->nkeys, key, len);
	size_t s = probe(t, h, key, len, ik), k, id;

	if (t->slot[s].id1 != 0)
		return t->slot[s].id1 - 1;
	if (t->n >= (size_t)1 << 31)	/* ids and hash bits in 32 bits */
		xalloc_oom();
	id = t->n++;
	t->off = xgrow(t->off, &t->cap, t->n, (t->nkeys ? t->nkeys : 1) *
	    sizeof(*t->off));
	for (k = 0; k < t->nkeys; k++) {
		if (key[k] == NULL) {
			t->off[id * t->nkeys + k] = MISSING;
			continue;
		}
		t->arena = xgrow(t->arena, &t->arena_cap,
		    t->arena_len + len[k] + 1, 1);
		memcpy(t->arena + t->arena_len, key[k], len[k]);
		t->arena[t->arena_len + len[k]] = '\0';
		t->off[id * t->nkeys + k] = t->arena_len;
		t->arena_len += len[k] + 1;
	}
	t->slot[s].hash = (uint32_t)h;
	t->slot[s].id1 = (uint32_t)(id + 1);
	t->slot[s].key = ik;
	if (t->n * 2 > t->nslot)
		rehash(t);
	return id;
}

void
group_table_done(struct group_table *t)
{
	free(t->slot);
	t->slot = NULL;
	t->nslot = 0;
}

size_t
group_table_count(const struct group_table *t)
{
	return t->n;
}

const char *
group_table_key(const struct group_table *t, size_t id, size_t k)
{
	size_t off = t->off[id * t->nkeys + k];

	return off == MISSING ? NULL : t->arena + off;
}

/* For sorting ids by key: the table and each key's numbers, if all are. */
static const struct group_table *stab;	/* qsort has no context argument */
static double **snum;

static int
cmp_ids(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b, k;

	for (k = 0; k < stab->nkeys; k++) {
		const char *p = group_table_key(stab, x, k);
		const char *q = group_table_key(stab, y, k);
		int c;

		if (p == NULL || q == NULL)
			c = (p == NULL) - (q == NULL);	/* missing last */
		else if (snum[k] != NULL)
			c = (snum[k][x] > snum[k][y]) - (snum[k][x] < snum[k][y]);
		else
			c = collate_cmp(p, q);
		if (c != 0)
			return c;
	}
	return (x > y) - (x < y);
}

size_t *
group_table_order(const struct group_table *t)
{
	size_t *order = xmalloc((t->n ? t->n : 1) * sizeof(*order));
	size_t i, k;

	snum = xcalloc(t->nkeys ? t->nkeys : 1, sizeof(*snum));
	for (k = 0; k < t->nkeys; k++) {
		snum[k] = xmalloc((t->n ? t->n : 1) * sizeof(double));
		for (i = 0; i < t->n; i++) {
			const char *s = group_table_key(t, i, k);

			if (s != NULL && num_parse(s, strlen(s), &snum[k][i],
			    NULL, NULL) != 0) {
				free(snum[k]);
				snum[k] = NULL;
				break;
			}
		}
	}
	for (i = 0; i < t->n; i++)
		order[i] = i;
	stab = t;
	qsort(order, t->n, sizeof(*order), cmp_ids);
	for (k = 0; k < t->nkeys; k++)
		free(snum[k]);
	free(snum);
	return order;
}
