/*
 * plotnum: the kinds of chart over numbers.  Each writes its datablocks,
 * settings and plot commands into c; 0, or -1 with c->d set (a column
 * that is not numbers, too few values, STATUS_USAGE for columns the kind
 * cannot use).
 */
#ifndef PLOTNUM_H
#define PLOTNUM_H

struct plotwrite;

int	plotnum_scatter(struct plotwrite *c);
int	plotnum_line(struct plotwrite *c);
int	plotnum_hist(struct plotwrite *c);
int	plotnum_density(struct plotwrite *c);
int	plotnum_ecdf(struct plotwrite *c);
int	plotnum_qq(struct plotwrite *c);
int	plotnum_pairs(struct plotwrite *c);
int	plotnum_residuals(struct plotwrite *c);

#endif
