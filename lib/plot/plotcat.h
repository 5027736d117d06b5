/*
 * plotcat: the kinds of chart over categories (bar, count, box,
 * errorbar, point, violin, strip, swarm, pie, heatmap).  Each writes its
 * datablocks, settings and plot commands into c; 0, or -1 with c->d set.
 */
#ifndef PLOTCAT_H
#define PLOTCAT_H

struct plotwrite;

int	plotcat_bar(struct plotwrite *c);
int	plotcat_box(struct plotwrite *c);
int	plotcat_errorbar(struct plotwrite *c);
int	plotcat_point(struct plotwrite *c);
int	plotcat_count(struct plotwrite *c);
int	plotcat_strip(struct plotwrite *c);
int	plotcat_swarm(struct plotwrite *c);
int	plotcat_violin(struct plotwrite *c);
int	plotcat_pie(struct plotwrite *c);
int	plotcat_heatmap(struct plotwrite *c);

#endif
