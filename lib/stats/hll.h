/*
 * hll: a HyperLogLog sketch of the number of distinct values, mergeable
 * (register-wise maximum), with Ertl's improved estimator ("New
 * cardinality estimation algorithms for HyperLogLog sketches", 2017),
 * which needs no bias tables and no switch to linear counting.
 *
 * 2^14 registers: the estimate's relative standard error is about
 * 1.04 / sqrt(2^14) = 0.81 % over the whole range, and far less while the
 * registers are mostly empty (a few hundred values are counted almost
 * exactly).
 */
#ifndef HLL_H
#define HLL_H

#include <stddef.h>
#include <stdint.h>

#define HLL_P		14
#define HLL_M		(1u << HLL_P)		/* registers */
#define HLL_Q		(64 - HLL_P)		/* a register is at most Q+1 */
#define HLL_PREFIX	"hll14:"		/* the text form's start */
#define HLL_TEXTLEN	(sizeof(HLL_PREFIX) - 1 + HLL_M)

struct hll {
	uint8_t	reg[HLL_M];
};

/* 64 well-mixed bits of a value's bytes. */
uint64_t hll_hash(const void *, size_t);
void	hll_add(struct hll *, uint64_t hash);
void	hll_merge(struct hll *, const struct hll *);
double	hll_estimate(const struct hll *);
/* HLL_PREFIX and one character a register ('0' + value: no byte that
 * CSV or TSV quotes); buf holds HLL_TEXTLEN + 1. */
void	hll_text(const struct hll *, char *buf);
/* Merge the text form of s (as hll_text() writes it) into h: 0, or -1 if
 * it is not one. */
int	hll_merge_text(struct hll *, const char *s);

#endif
