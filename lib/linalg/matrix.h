/*
 * matrix: dense matrices read from CSV and the algebra of R's base
 * functions, every decomposition GSL's: LU for inv, solve and det;
 * Householder QR (LQ) for least squares (minimum norm) when A is not
 * square; Golub-Reinsch SVD for rank, norm 2 and svd; symmetric QR and
 * Francis double-shift QR for eigen; Cholesky for chol.
 *
 * Conventions where R's LAPACK leaves a sign free (eigen vectors, singular
 * vectors): in each vector the component of largest absolute value is
 * positive (for svd, that of v, and u follows).
 */
#ifndef MATRIX_H
#define MATRIX_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct out_table;

struct matrix {
	size_t	 rows, cols;
	double	*v;		/* rows x cols, row-major */
	char	**name;		/* column names (cols), owned; or NULL */
};

enum matrix_op {
	MATRIX_TRANSPOSE, MATRIX_ADD, MATRIX_SUB, MATRIX_MUL,
	MATRIX_HADAMARD, MATRIX_SCALE, MATRIX_DOT, MATRIX_CROSS, MATRIX_INV,
	MATRIX_SOLVE, MATRIX_DET, MATRIX_TRACE, MATRIX_DIAG, MATRIX_RANK,
	MATRIX_NORM, MATRIX_EIGEN, MATRIX_SVD, MATRIX_CHOL, MATRIX_RESHAPE,
	MATRIX_IDENTITY
};

struct matrix_opts {
	enum matrix_op	 op;
	double		 by;		/* scale */
	char		 norm;		/* '1', '2', 'i' (inf), 'f' */
	char		 part;		/* svd: 'd', 'u', 'v'; eigen: 'd'
					   values, 'v' vectors */
	size_t		 rows, cols;	/* reshape; identity: rows */
	int		 by_row;	/* reshape */
};

/* The op named s; its number of matrix operands in *nargs.  0 or -1. */
int	matrix_parse_op(const char *s, enum matrix_op *, int *nargs);

/* Read a file ("-": stdin) whose every cell is a number. */
int	matrix_read(const char *file, const struct frame_opts *,
	    struct matrix *, struct diag *);
void	matrix_free(struct matrix *);

/*
 * The operation on a (and b for two operands; both may be NULL for
 * identity) into *out (a scalar is 1 x 1, named "value"; a vector n x 1).
 * 0, or -1 with d filled: sizes that do not conform (STATUS_USAGE), a
 * singular matrix (with its reciprocal condition number), a matrix not
 * positive definite.
 */
int	matrix_compute(const struct matrix *a, const struct matrix *b,
	    const struct matrix_opts *, struct matrix *out, struct diag *);

/* The result as a table: its column names, or V1 ... Vn. */
struct out_table *matrix_table(const struct matrix *);

/*
 * Read the operands (two files for two; for one, the file or stdin) and
 * compute: the command's one call.
 */
int	matrix_run(int nfiles, char **files, const struct frame_opts *,
	    const struct matrix_opts *, struct out_table **, struct diag *);

#endif
