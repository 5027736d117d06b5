/*
 * plotdata: the rows and values a kind of chart draws: the series of
 * --by, the levels of a category, the finite values of a column (what is
 * left out counted in the script's context).
 */
#ifndef PLOTDATA_H
#define PLOTDATA_H

#include <stddef.h>

struct frame;
struct group;
struct plotwrite;

/* Series: the levels of --by (or one), each with its rows in the panel. */
struct plotdata_series {
	size_t		  n;		/* series */
	size_t		 *count;	/* rows of each */
	size_t		**row;		/* their row numbers, in all */
	size_t		 *all;		/* every row, series after series */
	const char	**name;		/* level, or NULL without --by */
	size_t		 *id;		/* colour index: the level's number */
};

/* The distinct texts of a column over the panel's rows, in order. */
struct plotdata_levels {
	size_t		  n;
	const char	**name;
	size_t		 *of;		/* per frame row: level, or -1 */
};

/* Make sure a column is numbers; 0 or -1 with d naming the value. */
int	plotdata_need_num(struct plotwrite *c, size_t col);
/* The text of a cell, "NA" when missing; a column's name. */
const char *plotdata_text(const struct plotwrite *c, size_t col, size_t row);
const char *plotdata_name(const struct plotwrite *c, size_t col);
/* The column called nm, or PLOT_NONE. */
size_t	plotdata_find_col(const struct frame *f, const char *nm);

/* The series of the panel's rows (memory in proportion to the rows);
 * plotdata_series_free() releases them. */
void	plotdata_series(struct plotwrite *c, struct plotdata_series *s);
void	plotdata_series_free(struct plotdata_series *s);
/* A series' title into buf: the level, the column, or both. */
const char *plotdata_title(struct plotwrite *c,
	    const struct plotdata_series *s, size_t k, size_t col, int many,
	    char *buf, size_t size);

/*
 * Count a value (or row) left out: missing, or else infinite.  No kind
 * draws an infinite value: R's hist() drops them, and a bin, a density or
 * an axis cannot hold one.
 */
void	plotdata_left_out(struct plotwrite *c, int missing);
/* The finite values of col over rows (caller frees); counts the rest. */
double	*plotdata_values(struct plotwrite *c, size_t col, const size_t *rows,
	    size_t n, size_t *nv);
/* The finite pairs (x, y) over rows (x is the row number when xc is
 * PLOT_NONE) into x and y; their number.  Counts the rest. */
size_t	plotdata_pairs(struct plotwrite *c, size_t xc, size_t yc,
	    const size_t *rows, size_t n, double *x, double *y);

/* The groups of a column: numbers sorted, texts by first appearance
 * (caller frees with group_free()). */
struct group *plotdata_group(struct frame *f, size_t col);
/* The levels of col present in the panel; plotdata_levels_free(). */
void	plotdata_levels(struct plotwrite *c, size_t col,
	    struct plotdata_levels *l);
void	plotdata_levels_free(struct plotdata_levels *l);

#endif
