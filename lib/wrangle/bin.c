/* bin: the bin verb over cut(): breaks found, rows labelled. */
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/rows.h"
#include "wrangle/bin.h"
#include "wrangle/cut.h"
#include "wrangle/spool.h"

#define BIN_WIDTH_MAX	1000000	/* bins --width may make */

struct binner {
	const struct bin_opts	*o;
	struct num_na		 na;
	struct rows_out		*w;
	size_t			 col;
	char			*name;		/* the column's */
	double			*br;		/* the breaks */
	size_t			 nb;
	char			**label;	/* nb - 1 */
	int			 lowest;	/* include.lowest */
	size_t			 outside;	/* values without a bin */
	/* what the first pass keeps (--width, --bins, --quantiles) */
	size_t			 nx;		/* values not missing */
	double			 lo, hi;	/* their range */
	double			*x;		/* --quantiles: the values */
	size_t			 xcap;
};

int
bin_parse_breaks(const char *s, double **v, size_t *n)
{
	char *copy = xstrdup(s), *item, *save = NULL;
	size_t cap = 0, i;

	*v = NULL;
	*n = 0;
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		*v = xgrow(*v, &cap, *n + 1, sizeof(**v));
		if (num_parse_opt(item, &(*v)[*n]) != 0)
			goto bad;
		(*n)++;
	}
	free(copy);
	copy = NULL;
	if (*n < 2)
		goto bad;
	gsl_sort(*v, 1, *n);
	for (i = 1; i < *n; i++)
		if ((*v)[i] == (*v)[i - 1])
			goto bad;
	return 0;
bad:
	free(copy);
	free(*v);
	*v = NULL;
	return -1;
}

/* The labels, once the breaks are known. */
static int
set_labels(struct binner *b, struct diag *d)
{
	size_t i;

	b->label = xcalloc(b->nb, sizeof(*b->label));
	if (b->o->labels == NULL) {
		cut_labels(b->br, b->nb, !b->o->left, b->lowest, b->label);
		return 0;
	}
	if (b->o->nlabels != b->nb - 1)
		return diag_set(d, STATUS_USAGE, "--labels: %zu labels for %zu "
		    "bins", b->o->nlabels, b->nb - 1);
	for (i = 0; i + 1 < b->nb; i++)
		b->label[i] = xstrdup(b->o->labels[i]);
	return 0;
}

/* The binned column, in the header of either pass, read as numbers. */
static int
find_col(struct binner *b, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	size_t *idx, nidx;

	if (cols_parse(b->o->col, names, n, &idx, &nidx, d) != 0)
		return -1;
	if (nidx != 1) {
		free(idx);
		return diag_set(d, STATUS_USAGE, "-c: one column, not %zu",
		    nidx);
	}
	b->col = idx[0];
	free(idx);
	free(b->name);
	b->name = xstrdup(names[b->col]);
	mode[b->col] = CSVIO_NUMBER;
	return 0;
}

/* The first pass reads the binned column only. */
static int
range_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct binner *b = ctx;
	size_t j;

	for (j = 0; j < n; j++)
		mode[j] = CSVIO_SKIP;
	return find_col(b, names, n, mode, d);
}

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct binner *b = ctx;
	const char *as = b->o->as;
	char *made = NULL;
	size_t j;

	if (find_col(b, names, n, mode, d) != 0)
		return -1;
	if (b->o->how == BIN_BREAKS) {
		b->nb = b->o->nbreaks;
		b->br = xmalloc(b->nb * sizeof(*b->br));
		memcpy(b->br, b->o->breaks, b->nb * sizeof(*b->br));
		if (set_labels(b, d) != 0)
			return -1;
	}
	if (as == NULL) {
		made = xmalloc(strlen(b->name) + 5);
		strcpy(made, b->name);
		strcat(made, "_bin");
		as = made;
	}
	for (j = 0; j < n; j++)
		rows_cell(b->w, names[j], strlen(names[j]));
	rows_cell(b->w, as, strlen(as));
	free(made);
	return rows_end(b->w, d);
}

/* The value of the column in a row: NaN if missing; -1 if not a number. */
static int
value(struct binner *b, const struct frame_row *row, double *x,
    struct diag *d)
{
	const char *v = row->field[b->col];
	size_t len = row->len[b->col];
	const struct csvio_num *a = row->num != NULL ? &row->num[b->col] :
	    NULL;
	int rc;

	if (a != NULL ? a->rc == CSVIO_NUM_MISSING :
	    num_na_match(&b->na, v, len)) {
		*x = NAN;
		return 0;
	}
	rc = a != NULL ? a->rc : num_parse(v, len, x, NULL, NULL);
	if (a != NULL)
		*x = a->x;
	if (rc == 0)
		return 0;
	diag_set(d, STATUS_DATA, "\"%.*s\" is not a number",
	    (int)(len < 64 ? len : 64), v);
	diag_column(d, b->name);
	return -1;
}

/* First pass: the range, and for --quantiles the values. */
static int
range_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct binner *b = ctx;
	double x;

	if (value(b, row, &x, d) != 0)
		return -1;
	if (isnan(x))
		return 0;
	if (b->o->how == BIN_QUANTILES) {
		b->x = xgrow(b->x, &b->xcap, b->nx + 1, sizeof(*b->x));
		b->x[b->nx] = x;
	} else {
		if (b->nx == 0 || x < b->lo)
			b->lo = x;
		if (b->nx == 0 || x > b->hi)
			b->hi = x;
	}
	b->nx++;
	return 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct binner *b = ctx;
	double x;
	size_t j;
	long i = -1;

	if (value(b, row, &x, d) != 0)
		return -1;
	for (j = 0; j < row->n; j++)
		rows_cell(b->w, row->field[j], row->len[j]);
	if (!isnan(x) && (i = cut_find(b->br, b->nb, x, !b->o->left,
	    b->lowest)) < 0)
		b->outside++;
	if (i >= 0)
		rows_cell(b->w, b->label[i], strlen(b->label[i]));
	else
		rows_na(b->w);
	return rows_end(b->w, d);
}

/* Breaks from the first pass: width, count or quantiles. */
static int
find_breaks(struct binner *b, struct diag *d)
{
	size_t i;

	if (b->nx == 0) {
		diag_set(d, STATUS_DATA, "no value to bin");
		diag_column(d, b->name);
		return -1;
	}
	if (b->o->how == BIN_QUANTILES) {
		gsl_sort(b->x, 1, b->nx);
		b->lo = b->x[0];
		b->hi = b->x[b->nx - 1];
	}
	if (b->o->how == BIN_COUNT) {
		b->nb = b->o->k + 1;
		b->br = xmalloc(b->nb * sizeof(*b->br));
		cut_breaks_equal(b->lo, b->hi, b->o->k, b->br);
	} else if (b->o->how == BIN_QUANTILES) {
		b->nb = b->o->k + 1;
		b->br = xmalloc(b->nb * sizeof(*b->br));
		for (i = 0; i < b->nb; i++)	/* type 7, as R's default */
			b->br[i] = gsl_stats_quantile_from_sorted_data(b->x, 1,
			    b->nx, (double)i / (double)b->o->k);
		for (i = 1; i < b->nb; i++)
			if (b->br[i] == b->br[i - 1]) {
				diag_set(d, STATUS_DATA, "quantile breaks are "
				    "not distinct (%g twice): fewer bins",
				    b->br[i]);
				diag_column(d, b->name);
				return -1;
			}
	} else {	/* multiples of the width that cover the values */
		double w = b->o->width, first = floor(b->lo / w) * w;
		double nb = ceil((b->hi - first) / w) + 1;

		if (!(nb <= BIN_WIDTH_MAX + 1)) {	/* not out of memory */
			diag_set(d, STATUS_DATA, "--width %g makes %.3g bins "
			    "from %g to %g: more than %d", w, nb - 1, b->lo,
			    b->hi, BIN_WIDTH_MAX);
			diag_column(d, b->name);
			return -1;
		}
		b->nb = (size_t)nb;
		if (b->nb < 2)
			b->nb = 2;
		b->br = xmalloc(b->nb * sizeof(*b->br));
		for (i = 0; i < b->nb; i++)
			b->br[i] = first + (double)i * w;
	}
	free(b->x);
	b->x = NULL;
	return set_labels(b, d);
}

/*
 * --width, --bins and --quantiles: a first pass for the breaks, then the
 * rows through; standard input and pipes are spooled to be read twice.
 * The second pass reads what the first checked: its warnings (duplicate
 * column names) were given once already.
 */
static int
two_passes(int nfiles, char **files, const struct frame_opts *in,
    struct binner *b, struct diag *d)
{
	static const struct frame_scan_fns first = { range_header, range_row };
	static const struct frame_scan_fns second = { on_header, on_row };
	void (*warner)(const char *) = diag_warner;
	struct spool sp = { 0 };
	int rc;

	if (spool_open(nfiles, files, in, &sp, d) != 0)
		return -1;
	rc = frame_scan(sp.n, sp.name, &sp.in, &first, b, d);
	if (rc == 0)
		rc = find_breaks(b, d);
	if (rc == 0) {
		diag_warner = NULL;
		rc = frame_scan(sp.n, sp.name, &sp.in, &second, b, d);
		diag_warner = warner;
	}
	spool_free(&sp);
	return rc;
}

int
bin_run(int nfiles, char **files, const struct frame_opts *in,
    const struct bin_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct binner b;
	size_t i;
	int rc;

	memset(&b, 0, sizeof(b));
	b.o = o;
	b.w = w;
	b.lowest = o->include_lowest || o->how == BIN_WIDTH ||
	    o->how == BIN_QUANTILES;
	num_na_init(&b.na, in->na);
	if (o->how == BIN_BREAKS)
		rc = frame_scan(nfiles, files, in, &fns, &b, d);
	else
		rc = two_passes(nfiles, files, in, &b, d);
	if (rc == 0 && b.outside > 0)
		diag_warn("%zu value%s of column \"%s\" outside the breaks: no "
		    "bin", b.outside, b.outside > 1 ? "s" : "", b.name);
	for (i = 0; b.label != NULL && i + 1 < b.nb; i++)
		free(b.label[i]);
	free(b.label);
	free(b.br);
	free(b.name);
	free(b.x);
	num_na_release(&b.na);
	return rc;
}
