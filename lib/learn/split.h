/*
 * split: rows into a training and a test set (holdout) or into k folds,
 * reproducibly from a seed, stratified exactly by a column if asked.
 *
 * Without strata the rows are shuffled (rng.h, stream 0 of the seed) and
 * the first round(test * n) are the test set; fold i of k gets the rows
 * at shuffled positions i, i + k, ....  With strata each stratum (a
 * distinct value of the column, missing as its own) is shuffled alone
 * (stream s for the s-th stratum in order of first appearance) and gets
 * round(test * n_s) test rows; folds are dealt on from where the last
 * stratum stopped, so that every stratum's folds and the whole folds
 * differ in size by at most one row.
 */
#ifndef SPLIT_H
#define SPLIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct diag;
struct frame;

/* 1 for each test row of the frame, in test[] (nrows). */
int	split_holdout(struct frame *, double test, const char *strata,
	    uint64_t seed, unsigned char *test_rows, struct diag *);
/* The fold 1 .. k of each row, in fold[] (nrows). */
int	split_folds(struct frame *, size_t k, const char *strata,
	    uint64_t seed, uint32_t *fold, struct diag *);
/* The same on plain group codes g[0..n) (0 .. ng - 1): for --cv. */
void	split_folds_codes(const uint32_t *g, size_t ng, size_t n, size_t k,
	    uint64_t seed, uint32_t *fold);

/*
 * Write the header and the rows r with keep == NULL or keep[r] == want,
 * every cell as it was read, with a last column name holding label[r]
 * (or none if name is NULL).  Returns 0 or -1 on a write error.
 */
int	split_write(FILE *, const struct frame *, unsigned char delim,
	    const unsigned char *keep, unsigned char want, const char *name,
	    const char *const *label);

#endif
