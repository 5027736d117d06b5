/*
 * levels: the levels of a grouping column as a test compares them: sorted
 * (numerically when all are numbers, bytewise otherwise, as group_by
 * sorts), or those a --levels list names, in its order.  Rows whose key
 * is missing or not listed belong to no level.
 */
#ifndef LEVELS_H
#define LEVELS_H

#include <stddef.h>

struct diag;
struct frame;
struct group;

#define LEVELS_NONE	((size_t)-1)

struct levels {
	size_t		 n;		/* levels compared */
	size_t		*of_row;	/* per row: level, or LEVELS_NONE */
	size_t		*first;		/* per level: a row (for its name) */
	size_t		 none;		/* rows whose key is missing */
};

/*
 * The levels of column col, or of the comma-separated list want (NULL:
 * all).  A listed name that is not a level, or one listed twice, is a
 * STATUS_USAGE error.
 */
int	levels_of(struct frame *, size_t col, const char *want,
	    struct levels *, struct diag *);
/* The name of level k. */
const char *levels_name(const struct frame *, size_t col,
	    const struct levels *, size_t k);
void	levels_free(struct levels *);
/*
 * The next entry of a --ref list "COL=LEVEL[,COL=LEVEL...]" from *p (set
 * to spec first): the column name at *col (*ncol bytes) and the level at
 * *lev (*nlev bytes).  1 for an entry, 0 at the end, -1 with d set (a
 * STATUS_USAGE error) for an entry without "=".
 */
int	levels_ref_next(const char **p, const char *spec, const char **col,
	    size_t *ncol, const char **lev, size_t *nlev, struct diag *);
/* 1 if the n bytes at s are the whole of name. */
int	levels_is(const char *name, const char *s, size_t n);

#endif
