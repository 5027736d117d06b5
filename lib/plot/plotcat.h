/*
 * plotcat: the kinds of chart over categories.  Each writes its
 * datablocks, settings and plot commands into c; 0, or -1 with c->d set.
 */
#ifndef PLOTCAT_H
#define PLOTCAT_H

struct plotwrite;

int	plotcat_bar(struct plotwrite *c);
int	plotcat_box(struct plotwrite *c);
int	plotcat_errorbar(struct plotwrite *c);
int	plotcat_violin(struct plotwrite *c);
int	plotcat_pie(struct plotwrite *c);
int	plotcat_heatmap(struct plotwrite *c);

#endif
