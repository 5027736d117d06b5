/*
 * pca: principal component analysis, as R's prcomp and summary(prcomp).
 *
 * The covariance (or, with scale, correlation) matrix is accumulated in
 * one pass: each block of rows gives its mean and co-moments by two
 * passes (of the rows less the first row, which subtracts exactly from
 * values near it), and blocks are merged pairwise (Chan, Golub and
 * LeVeque), so
 * memory is p x p whatever the rows.  Its eigen-decomposition (GSL's
 * symmetric QR) gives the loadings and the variances; sdev is their square
 * root, as prcomp's d / sqrt(n - 1).  Sign convention: in each component
 * the loading of largest absolute value is positive (prcomp's sign is
 * LAPACK's and arbitrary).
 */
#ifndef PCA_H
#define PCA_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct out_table;
struct rows_out;

enum pca_view { PCA_SUMMARY, PCA_LOADINGS, PCA_SCORES };

struct pca_opts {
	const char	*cols;		/* column list; NULL: every column */
	int		 center;	/* 1 by default */
	int		 scale;		/* unit variance first */
	size_t		 rank;		/* components kept; 0: all */
	enum pca_view	 view;
	const char	*save_model;	/* a model file to write, or NULL */
};

/* The co-moments of rows seen so far: n, means, and the centred sums of
 * cross-products, merged pairwise. */
struct pca_acc {
	size_t		 p;
	size_t		 nlevel;
	struct pca_part {
		double	 n;
		double	*mean;		/* p */
		double	*m2;		/* p * p, full */
	} *level;			/* level k holds 2^k blocks, or n 0 */
	double		*shift;		/* the first row: moments are of x -
					   shift, so the means stay small and
					   a merge loses no digits to them */
	int		 shifted;
	double		*tmp;		/* scratch of p */
};

/* a += b (Chan, Golub and LeVeque's pairwise update); delta: p scratch. */
void	pca_part_merge(struct pca_part *a, const struct pca_part *b,
	    size_t p, double *delta);
void	pca_acc_init(struct pca_acc *, size_t p);
/* Add n rows of p values (row-major). */
void	pca_acc_add(struct pca_acc *, const double *x, size_t n);
/* Merge everything into *out (n, mean, m2 of p x p); then free. */
void	pca_acc_done(struct pca_acc *, struct pca_part *out);

struct pca_result {
	size_t		 p;		/* variables */
	size_t		 n;		/* complete rows used */
	size_t		 ncomp;		/* components: min(p, n), at most rank */
	double		*sdev;		/* every component: min(p, n) */
	size_t		 nsdev;
	double		*rotation;	/* p x ncomp, row-major: loadings */
	double		*center;	/* p: subtracted (0 without centring) */
	double		*scale;		/* p: divided by (1 without scaling) */
};

/*
 * Principal components of the n complete rows of x (row-major, p
 * columns).  0, or -1 with d filled (fewer than 2 rows, a constant column
 * with scale, a GSL failure).
 */
int	pca_fit(const double *x, size_t n, size_t p, const struct pca_opts *,
	    struct pca_result *, struct diag *);
/* The same from merged co-moments; names (or NULL) for messages. */
int	pca_from_moments(const struct pca_part *, size_t p,
	    char *const *names, const struct pca_opts *, struct pca_result *,
	    struct diag *);
void	pca_result_free(struct pca_result *);

/* Scores of one row of p values into out[ncomp]. */
void	pca_project(const struct pca_result *, const double *x, double *out);

/*
 * Read the files and make the view's table: summary (component, sdev,
 * variance, proportion, cumulative) or loadings (variable, PC1...) into
 * *tp; or, for scores, every input row passed through to w with PC1...
 * appended (*tp NULL).  Scores take two passes over the input, a regular
 * file read twice, stdin or a pipe copied to a temporary file first, so
 * memory is the p x p co-moments whatever the rows.  Rows with a missing
 * value are left out (scores: get empty scores) and counted in a warning.
 */
int	pca_run(int nfiles, char **files, const struct frame_opts *,
	    const struct pca_opts *, struct rows_out *w, struct out_table **tp,
	    struct diag *);

/*
 * The model file of kind "pca": the variables, n, centre, scale, sdev and
 * the loadings of the kept components (see statpipe-pca(1)).
 */
int	pca_save(const char *path, const struct pca_result *,
	    char *const *names, struct diag *);
/*
 * Read a model file that pca_save() wrote, every field validated, and
 * project the rows of the files: the input with PC1 ... appended (empty
 * where a variable is missing), as --scores.
 */
int	pca_predict(int nfiles, char **files, const struct frame_opts *,
	    const char *model, struct out_table **, struct diag *);

/* The table of a view other than scores. */
struct out_table *pca_table(const struct pca_result *, char *const *names,
	    enum pca_view);

#endif
