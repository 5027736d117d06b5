/*
 * formula: R's model formulas ("mpg ~ wt * hp + factor(cyl)") and the
 * design matrix they make of a frame.
 *
 * The language: terms joined by + (add), - (remove), : (interaction),
 * * (crossing: a*b is a + b + a:b), / (nesting: a/b is a + a:b), %in%
 * (b %in% a is b:a), (a + b)^k (crossing up to order k), 1 and 0
 * (intercept in or out; - 1 removes it).  A variable is a column name
 * (`quoted` if it is not a plain name), a function of numbers (log,
 * log(x, base), log2, log10, exp, sqrt, abs, sin, cos, atan, pnorm,
 * I(arithmetic with + - * / ^)), I(comparison) (< > <= >= == !=: a factor
 * of the levels FALSE and TRUE, as R codes a logical), factor(x)
 * (categorical), offset(x) (a term whose coefficient is 1: model/glm.h
 * takes it out of the design), poly(x, k) (R's orthogonal polynomials
 * of degree 1 .. k; poly(x, k, raw = TRUE) the powers x, x^2 .. x^k),
 * scale(x), or the splines bs(x, df, degree = 3) and ns(x, df) of R's
 * splines package; what these learn of the rows of the fit (alpha and
 * norm2, mean and sd, knots) is kept in the design's levels for new data.
 * "." is every other column (formula_expand_dot).
 * The response may be cbind(successes, failures) of a binomial model:
 * the proportion, with the trials in the design's trials and times the
 * weights (formula_design with FORMULA_BINARY only).  Text columns are categorical.  A categorical
 * variable is coded by treatment contrasts against its first level in
 * sorted order, unless the term without it is absent from the model
 * (then every level gets a column), as R does.
 */
#ifndef FORMULA_H
#define FORMULA_H

#include <stddef.h>

struct diag;
struct frame;

struct formula;			/* a parsed formula, opaque */

/*
 * Parse text.  On success *fp owns a new formula (formula_free()).  A
 * malformed formula is a STATUS_USAGE error naming the character.
 */
int	formula_parse(const char *text, struct formula **fp, struct diag *);
void	formula_free(struct formula *);

/*
 * An arithmetic expression as written: numbers, names, calls of the
 * functions above (and sin, cos, atan, pnorm), + - * / ^ and signs.
 */
enum formula_fx_kind { FX_NUM, FX_VAR, FX_CALL, FX_BIN, FX_NEG, FX_PAREN };

#define FORMULA_MAXARG	3

struct formula_fx {
	enum formula_fx_kind kind;
	double		 num;		/* FX_NUM */
	char		*name;		/* FX_VAR name, FX_CALL function */
	char		 op;		/* FX_BIN: + - * / ^ */
	struct formula_fx *arg[FORMULA_MAXARG];	/* operands, arguments */
	char		*argname[FORMULA_MAXARG];	/* FX_CALL: "raw" of
					   raw = TRUE, or NULL */
	size_t		 narg;
	size_t		 col;		/* FX_VAR: frame column, at design */
};

/*
 * Parse "response ~ expression", the right side one arithmetic expression
 * (nls's formulas, whose names are columns or parameters).  The trees
 * belong to *fp.
 */
int	formula_parse_expr(const char *text, struct formula **fp,
	    struct diag *);
const struct formula_fx *formula_lhs(const struct formula *);
const struct formula_fx *formula_rhs(const struct formula *);
/* An expression deparsed as R does (a new string, free()). */
char	*formula_label(const struct formula_fx *);

/*
 * The threads that build the designs of fm, and fit them (the design
 * passes them on): 1 (the default) or more, used only over more than
 * FORMULA_PAR_ROWS rows.  Every row is computed as with one thread, and
 * every sum over rows in the same order: the results are the same.
 */
void	formula_threads(struct formula *fm, int threads);

#define FORMULA_PAR_ROWS	100000

/*
 * The chunks of the row loops of the design and the fit (model.c, ls.c):
 * par_chunks() (core/par.h) of threads over rows, 1 for few rows.
 */
size_t	formula_chunks(int threads, size_t rows);

/*
 * R's "y ~ ." : a new string (free()) with the first "." after the tilde
 * replaced by the sum of the columns the response does not name, or a
 * copy of text if there is no dot.
 */
char	*formula_expand_dot(const char *text, char *const *names,
	    size_t ncols);
/* The same over the column names of a frame. */
char	*formula_expand_frame(const char *text, const struct frame *);

/*
 * Mark in keep[0..n) the columns that the formula text (its "." expanded
 * over names) uses, so that a reader stores only those, as
 * FRAME_KEEP_NUM (frame.h) unless already FRAME_KEEP: the design needs
 * their text only when they hold text.  Returns 0, or -1 with d filled
 * for a malformed formula.
 */
int	formula_columns(const char *text, char *const *names, size_t n,
	    unsigned char *keep, struct diag *);
/* The same for a parsed formula (its "." already expanded). */
void	formula_keep(const struct formula *fm, char *const *names, size_t n,
	    unsigned char *keep);

#define FORMULA_NONE	((size_t)-1)

/*
 * What a design learned of the data of the fit, to code new data alike:
 * the levels of the categorical variables, and the numbers of the
 * variables that R's makepredictcall() keeps (poly()'s alpha and norm2,
 * scale()'s mean and sd, the boundary and interior knots of bs() and ns()).
 */
struct formula_levels {
	size_t	  n;		/* categorical variables */
	char	**var;		/* n labels: "factor(cyl)", "Species" */
	char	***level;	/* n lists of level labels, sorted */
	size_t	 *nlevel;	/* n counts */
	size_t	  np;		/* variables with numbers */
	char	**pvar;		/* np labels: "poly(x, 3)" */
	double	**par;		/* np lists of numbers */
	size_t	 *npar;		/* np counts */
};

/* The model matrix of a formula over the complete rows of a frame. */
struct formula_design {
	size_t	  nrows;	/* rows of the frame */
	size_t	  n;		/* rows used: every variable present */
	size_t	 *row;		/* n: the frame row of each used row
				   (NULL with FORMULA_CONSUME) */
	size_t	  p;		/* columns of x */
	double	 *x;		/* n * p, by columns: x[j * n + i] */
	double	 *y;		/* n: the response (0/1 for a binary one) */
	double	 *w;		/* n weights, or NULL */
	double	 *trials;	/* n: a cbind() response's trials (w is the
				   prior weights times them), or NULL */
	char	**name;		/* p: column names as R prints them */
	size_t	 *assign;	/* p: the term of each column */
	size_t	  nterm;	/* terms, the intercept (if any) first */
	char	**term;		/* nterm labels: "(Intercept)", "wt:hp" */
	unsigned long long *termvars;	/* nterm: the variables of each term
				   as bits (0 for the intercept); a term
				   with all the bits of another contains it */
	int	  intercept;	/* has an intercept column (column 0) */
	char	 *response;	/* the response's label */
	char	**ylevel;	/* binary text response: its 2 levels */
	struct formula_levels levels;	/* of the categorical variables */
	int	  threads;	/* for the fit: formula_threads() */
};

#define FORMULA_BINARY	1	/* the response may be a 2-level text */

/*
 * Build the design of formula fm over f: rows where the response, every
 * variable and the weight column wcol (FORMULA_NONE: none) are present
 * and finite.  A column named but not in f is a STATUS_USAGE error that
 * lists the columns; a text column used as a number is a STATUS_DATA
 * error naming the value.  On success *dp owns a new design.
 */
int	formula_design(const struct formula *fm, struct frame *f, size_t wcol,
	    int flags, struct formula_design **dp, struct diag *);
#define FORMULA_NO_RESPONSE 2	/* predictors only (new data) */
/*
 * The caller needs of f only to free it: each numeric column is freed
 * (and marked dropped) as soon as the design has read it, and the design
 * keeps no row (NULL), for a fit with the least memory.
 */
#define FORMULA_CONSUME	4

/*
 * The same with the levels of a fitted model (for new data): a variable
 * listed in fixed is coded with those levels, and a value not among them
 * is a STATUS_DATA error naming the row.
 */
int	formula_design_levels(const struct formula *fm, struct frame *f,
	    size_t wcol, int flags, const struct formula_levels *fixed,
	    struct formula_design **dp, struct diag *);
void	formula_design_free(struct formula_design *);
/* Free what a struct formula_levels holds (not the struct itself). */
void	formula_levels_free(struct formula_levels *);

/*
 * R's relevel(): "COL=LEVEL" makes LEVEL the first level (the reference
 * of the treatment contrasts) of the categorical variables of column COL
 * (COL and factor(COL)), and of a two-level text response (LEVEL is then
 * the one modelled as 0); several are separated by commas.  A malformed
 * spec is a STATUS_USAGE error; so is, at the design of a fit, a level
 * COL does not have or a COL that no categorical variable reads.
 */
int	formula_ref(struct formula *fm, const char *spec, struct diag *);

#endif
