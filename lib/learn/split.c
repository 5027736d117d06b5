/* split: holdout and k-fold assignments of rows (split.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/csvio.h"
#include "learn/rng.h"
#include "learn/split.h"

/* Group codes of the strata column (ng groups), or all 0. */
static int
strata_codes(struct frame *f, const char *strata, uint32_t **gp, size_t *ng,
    struct diag *d)
{
	uint32_t *g = xcalloc(f->nrows + 1, sizeof(*g));
	char why[256];
	size_t col, i, na;
	struct frame_col *c;

	*ng = 1;
	*gp = g;
	if (strata == NULL)
		return 0;
	snprintf(why, sizeof(why), "--strata: \"%s\" is not one column",
	    strata);
	if (frame_col1(f, strata, why, &col, d) != 0) {
		free(g);
		return -1;
	}
	frame_factor(f, col);
	c = &f->col[col];
	na = group_table_count(c->levels);
	*ng = na + 1;
	for (i = 0; i < f->nrows; i++)
		g[i] = c->code[i] == FRAME_NA_CODE ? (uint32_t)na : c->code[i];
	return 0;
}

/* The rows of each group in order, shuffled by the group's stream. */
static size_t *
shuffled(const uint32_t *g, size_t ng, size_t n, uint64_t seed,
    size_t **startp)
{
	size_t *start = xcalloc(ng + 2, sizeof(*start)), *pos, i, s;
	size_t *rows = xmalloc((n + 1) * sizeof(*rows));
	struct rng r;

	for (i = 0; i < n; i++)
		start[g[i] + 1]++;
	for (s = 0; s < ng; s++)
		start[s + 1] += start[s];
	pos = xmalloc((ng + 1) * sizeof(*pos));
	memcpy(pos, start, (ng + 1) * sizeof(*pos));
	for (i = 0; i < n; i++)
		rows[pos[g[i]]++] = i;
	free(pos);
	for (s = 0; s < ng; s++) {
		rng_seed(&r, seed, s);
		rng_shuffle(&r, rows + start[s], start[s + 1] - start[s]);
	}
	*startp = start;
	return rows;
}

int
split_holdout(struct frame *f, double test, const char *strata,
    uint64_t seed, unsigned char *test_rows, struct diag *d)
{
	uint32_t *g;
	size_t ng, *rows, *start, s, i, m;

	if (strata_codes(f, strata, &g, &ng, d) != 0)
		return -1;
	rows = shuffled(g, ng, f->nrows, seed, &start);
	memset(test_rows, 0, f->nrows);
	for (s = 0; s < ng; s++) {
		m = (size_t)floor(test * (double)(start[s + 1] - start[s]) +
		    0.5);
		for (i = 0; i < m; i++)
			test_rows[rows[start[s] + i]] = 1;
	}
	free(rows);
	free(start);
	free(g);
	return 0;
}

void
split_folds_codes(const uint32_t *g, size_t ng, size_t n, size_t k,
    uint64_t seed, uint32_t *fold)
{
	size_t *rows, *start, s, i, next = 0;

	rows = shuffled(g, ng, n, seed, &start);
	for (s = 0; s < ng; s++)
		for (i = start[s]; i < start[s + 1]; i++) {
			fold[rows[i]] = (uint32_t)(next + 1);
			next = (next + 1) % k;
		}
	free(rows);
	free(start);
}

int
split_folds(struct frame *f, size_t k, const char *strata, uint64_t seed,
    uint32_t *fold, struct diag *d)
{
	uint32_t *g;
	size_t ng;

	if (strata_codes(f, strata, &g, &ng, d) != 0)
		return -1;
	split_folds_codes(g, ng, f->nrows, k, seed, fold);
	free(g);
	return 0;
}

static int
put(FILE *fp, const char *s, size_t len, unsigned char delim, char **buf,
    size_t *cap)
{
	*buf = xgrow(*buf, cap, CSVIO_PUT_MAX(len) + 1, 1);
	len = csvio_put_field(*buf, s, len, delim);
	return fwrite(*buf, 1, len, fp) == len ? 0 : -1;
}

int
split_write(FILE *fp, const struct frame *f, unsigned char delim,
    const unsigned char *keep, unsigned char want, const char *name,
    const char *const *label)
{
	size_t i, j, cap = 0;
	char *buf = NULL;
	const char *s;
	int rc = 0;

	for (j = 0; j < f->ncols && rc == 0; j++) {
		rc |= put(fp, f->col[j].name, strlen(f->col[j].name), delim,
		    &buf, &cap);
		if (j + 1 < f->ncols || name != NULL)
			rc |= putc(delim, fp) == EOF;
	}
	if (name != NULL)
		rc |= put(fp, name, strlen(name), delim, &buf, &cap);
	rc |= putc('\n', fp) == EOF;
	for (i = 0; i < f->nrows && rc == 0; i++) {
		if (keep != NULL && keep[i] != want)
			continue;
		for (j = 0; j < f->ncols; j++) {
			s = frame_text(f, j, i);
			if (s != NULL)
				rc |= put(fp, s, strlen(s), delim, &buf, &cap);
			if (j + 1 < f->ncols || name != NULL)
				rc |= putc(delim, fp) == EOF;
		}
		if (name != NULL)
			rc |= put(fp, label[i], strlen(label[i]), delim, &buf,
			    &cap);
		rc |= putc('\n', fp) == EOF;
	}
	free(buf);
	return rc ? -1 : 0;
}
