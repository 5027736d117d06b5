/*
 * lmodel: what the learners' model files share (pca, kmeans): the kind's
 * members as arrays of numbers and of names, written and read back with
 * every item validated (model/modelfile holds the frame: version, kind,
 * writing whole or not at all).
 */
#ifndef LMODEL_H
#define LMODEL_H

#include <stddef.h>

struct diag;
struct json;
struct json_writer;

/* key: [x0, x1, ...] on one line (NaN as null). */
void	lmodel_put_nums(struct json_writer *, const char *key,
	    const double *x, size_t n);
/* key: [[row 0], [row 1] ...] of a rows x cols row-major matrix. */
void	lmodel_put_matrix(struct json_writer *, const char *key,
	    const double *x, size_t rows, size_t cols);
void	lmodel_put_strs(struct json_writer *, const char *key,
	    char *const *s, size_t n);

/* n numbers (finite) of the array key of v into x[]: 0, or -1. */
int	lmodel_get_nums(const struct json *v, const char *key, double *x,
	    size_t n, struct diag *);
/* The rows x cols matrix key of v into x[] (row-major): 0, or -1. */
int	lmodel_get_matrix(const struct json *v, const char *key, double *x,
	    size_t rows, size_t cols, struct diag *);
/* The array of strings key of v: *sp (n of them) malloc'ed; 0, or -1. */
int	lmodel_get_strs(const struct json *v, const char *key, char ***sp,
	    size_t *n, struct diag *);
void	lmodel_strs_free(char **, size_t n);

#endif
