/*
 * padjust: p-values adjusted for multiple comparisons, as R's p.adjust:
 * Holm, Hochberg, Hommel, Bonferroni, Benjamini-Hochberg (BH, fdr),
 * Benjamini-Yekutieli (BY) and none.
 */
#ifndef PADJUST_H
#define PADJUST_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

enum padjust_method {
	PADJUST_HOLM, PADJUST_HOCHBERG, PADJUST_HOMMEL, PADJUST_BONFERRONI,
	PADJUST_BH, PADJUST_BY, PADJUST_NONE
};

/* The names, for messages: "holm, hochberg, ...". */
extern const char padjust_names[];

/* A method by R's name (fdr is BH); 0, or -1 if unknown. */
int	padjust_parse_method(const char *, enum padjust_method *);
const char *padjust_method_name(enum padjust_method);

/*
 * Adjust the n p-values p[] into out[] (which may be p).  A NaN is R's NA:
 * kept, and not counted among the tests, as p.adjust(p) counts them.  The
 * others must lie in [0, 1] (the caller checks).
 */
void	padjust(const double *p, size_t n, enum padjust_method, double *out);

/*
 * The frame with p_adj appended: column col adjusted.  A missing p-value
 * stays missing; one that is not a number or lies outside [0, 1] is a
 * STATUS_DATA error naming its line.  Every other cell is copied as text.
 */
int	padjust_frame(struct frame *, size_t col, enum padjust_method,
	    struct out_table **, struct diag *);

/*
 * Insert p_adj after the p_value column of the result table *tp (which
 * is replaced): every p-value of the table is one family, adjusted as
 * p.adjust adjusts the vector of them; an empty p_value cell stays empty
 * and is not counted.  No p_value column is a STATUS_USAGE error.
 */
int	padjust_table(struct out_table **, enum padjust_method,
	    struct diag *);

#endif
