/* unit.h: what the unit tests add to cmocka 1.1.5. */
#ifndef UNIT_H
#define UNIT_H

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "frame/frame.h"

/* |got - want| <= rel * max(1, |want|) */
#define assert_near(got, want, rel) do {					\
	double g_ = (got), w_ = (want);						\
	if (!(fabs(g_ - w_) <= (rel) * fmax(1.0, fabs(w_)))) {			\
		print_error("%.17g != %.17g (rel %g)\n", g_, w_, (double)(rel));	\
		fail();								\
	}									\
} while (0)

/* relative agreement: |got - want| <= rel * |want| */
#define assert_rel(got, want, rel) do {						\
	double g_ = (got), w_ = (want);						\
	if (!(fabs(g_ - w_) <= (rel) * fabs(w_))) {				\
		print_error("%.17g != %.17g (rel %g)\n", g_, w_, (double)(rel));	\
		fail();								\
	}									\
} while (0)

/*
 * The non-missing values of a column of a testdata file (run from the
 * repository's root); *xp is malloc'ed.  Returns n.
 */
static inline size_t
unit_load_column(const char *file, const char *column, double **xp)
{
	struct frame_opts o = { .delim = ',' };
	char path[256], *files[1];
	struct frame *f;
	struct diag d;
	size_t j, i, n = 0;

	snprintf(path, sizeof(path), "testdata/%s", file);
	files[0] = path;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	for (j = 0; j < f->ncols && strcmp(f->col[j].name, column) != 0; j++)
		;
	assert_true(j < f->ncols);
	assert_int_equal(frame_numeric(f, j, &d), 0);
	*xp = malloc((f->nrows ? f->nrows : 1) * sizeof(double));
	for (i = 0; i < f->nrows; i++)
		if (!isnan(f->col[j].num[i]))
			(*xp)[n++] = f->col[j].num[i];
	frame_free(f);
	return n;
}

/*
 * The columns names[0..p) of a testdata file as a row-major matrix of
 * their first n values (*xp malloc'ed; the columns have no missing
 * value).  Returns n.
 */
static inline size_t
unit_load_rows(const char *file, const char *const *names, size_t p,
    double **xp)
{
	double **col = malloc(p * sizeof(*col)), *x;
	size_t n = 0, i, j;

	for (j = 0; j < p; j++)
		n = unit_load_column(file, names[j], &col[j]);
	x = malloc((n ? n : 1) * p * sizeof(*x));
	for (i = 0; i < n; i++)
		for (j = 0; j < p; j++)
			x[i * p + j] = col[j][i];
	for (j = 0; j < p; j++)
		free(col[j]);
	free(col);
	*xp = x;
	return n;
}

/* A testdata file read whole (run from the repository's root). */
static inline struct frame *
unit_read_frame(const char *file)
{
	struct frame_opts o = { .delim = ',' };
	char path[256], *files[1];
	struct frame *f;
	struct diag d;

	snprintf(path, sizeof(path), "testdata/%s", file);
	files[0] = path;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	return f;
}

/* The index of a column by name, which must exist. */
static inline size_t
unit_column(const struct frame *f, const char *name)
{
	size_t j;

	for (j = 0; j < f->ncols && strcmp(f->col[j].name, name) != 0; j++)
		;
	assert_true(j < f->ncols);
	return j;
}

#endif
