/*
 * kmeans: k-means clustering as R's kmeans(): Hartigan and Wong's
 * algorithm AS 136 (R's default), Lloyd's and MacQueen's, each step for
 * step as R runs them, so that from the same initial centres the result
 * is R's.  Random starts are seeded by k-means++ (Arthur and Vassilvitskii),
 * start i from stream i of the seed (learn/rng); the best start (least
 * total within-cluster sum of squares, the earliest of equals) wins.  The
 * starts run split among threads (lib/core/par); a single start splits
 * instead its nearest-centre searches that need no sequence by rows: the
 * same result for any number of threads.  The elbow's silhouette sample
 * is drawn with GSL's MT19937.
 */
#ifndef KMEANS_H
#define KMEANS_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct numtab;
struct out_table;
struct rows_out;

enum kmeans_alg { KMEANS_HARTIGAN_WONG, KMEANS_LLOYD, KMEANS_MACQUEEN };
enum kmeans_view {
	KMEANS_CLUSTERS, KMEANS_SUMMARY, KMEANS_ASSIGN, KMEANS_ELBOW
};

#define KMEANS_SIL_SAMPLE	10000	/* silhouette rows at most */
#define KMEANS_K_MAX		65535	/* clusters at most */

struct kmeans_opts {
	const char	*cols;		/* column list; NULL: every column */
	size_t		 k;		/* 0: the rows of the centres file */
	enum kmeans_alg	 alg;
	size_t		 nstart;	/* random starts (10) */
	unsigned long	 seed;		/* of the starts and samples (1) */
	int		 iter_max;	/* 10, as R */
	int		 scale;		/* as R's scale(x) first */
	const char	*centers;	/* kmeans_run: a CSV of the initial
					   centres, a row each, or NULL */
	const double	*init;		/* kmeans_fit: k x p centres, or NULL */
	size_t		 init_rows, init_cols;
	int		 threads;
	enum kmeans_view view;
	size_t		 elbow_lo, elbow_hi;	/* --elbow LO-HI */
	const char	*save_model;	/* a model file to write, or NULL */
};

struct kmeans_result {
	size_t		 k, p, n;
	double		*centers;	/* k x p, row-major */
	size_t		*size;		/* k */
	double		*withinss;	/* k */
	int		*cluster;	/* n: 0 ... k - 1 */
	double		 totss, tot_withinss, betweenss;
	int		 iter;		/* iterations run */
	int		 converged;
};

/* "hartigan-wong", "lloyd", "macqueen" (R's "forgy" is lloyd); 0 or -1. */
int	kmeans_parse_alg(const char *, enum kmeans_alg *);

/*
 * Cluster the n rows of x (row-major, p columns): from o->init when set
 * (o->nstart ignored), else the best of o->nstart k-means++ starts.  A
 * run that did not converge gives a warning, as R's; so does an empty
 * cluster under Lloyd or MacQueen (size 0, withinss 0, a NaN centre, as
 * R's).  0, or -1 with d filled (k out of range, fewer distinct rows than
 * k, an empty cluster under Hartigan-Wong, R's ifault 1).
 */
int	kmeans_fit(const double *x, size_t n, size_t p,
	    const struct kmeans_opts *, struct kmeans_result *, struct diag *);
void	kmeans_result_free(struct kmeans_result *);

/*
 * The mean silhouette width (Euclidean distances, as cluster::silhouette)
 * of the n rows with their clusters (0 ... k - 1); NaN if k < 2.
 */
double	kmeans_silhouette(const double *x, size_t n, size_t p,
	    const int *cluster, size_t k, int threads);

/*
 * Read the files and make the view's table: one row per cluster
 * (cluster, size, withinss, the centre's columns), the totals
 * (tot_withinss, betweenss, totss) or the elbow table (k, tot_withinss,
 * betweenss_ratio, silhouette).  --assign instead writes to w every
 * input row as read with cluster and distance appended, in a second pass
 * (stdin spooled to a temporary file): memory for the matrix of the fit
 * only.
 */
int	kmeans_run(int nfiles, char **files, const struct frame_opts *,
	    const struct kmeans_opts *, struct rows_out *w,
	    struct out_table **, struct diag *);

/*
 * The model file of kind "kmeans": the variables, the algorithm, the
 * scaling (mean and sd, or null), the centres, sizes and withinss.
 */
int	kmeans_save(const char *path, const struct kmeans_result *,
	    char *const *names, const double *mean, const double *sd,
	    const char *algorithm, struct diag *);
/*
 * Read a model file that kmeans_save() wrote, every field validated, and
 * assign the rows of the files to the nearest centre: every input row
 * written to w as read, with cluster and distance appended (empty where
 * a variable is missing), as --assign; one pass, nothing kept but the
 * centres.
 */
int	kmeans_predict(int nfiles, char **files, const struct frame_opts *,
	    const char *model, struct rows_out *w, struct diag *);

/* The centres file (o->centers): every column a number, none missing. */
int	kmeans_read_centers(const char *file, const struct frame_opts *,
	    struct numtab *, struct diag *);
/* The nearest of the k centres c (k x p) to x, the first of equals (R's
 * Lloyd), its squared distance in *d2. */
int	kmeans_nearest(const double *x, const double *c, size_t k, size_t p,
	    double *d2);

/* One row per cluster, with the centres' columns named names[]. */
struct out_table *kmeans_table(const struct kmeans_result *,
	    char *const *names);

#endif
