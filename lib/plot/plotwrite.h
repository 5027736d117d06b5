/*
 * plotwrite: the gnuplot script writer.  A script is built in three
 * memory streams (the datablocks, the kind's settings, the plot commands)
 * and joined by plot_script().
 *
 * The quoting rule: every text that comes from the data or the options
 * reaches gnuplot through plotwrite_text() (a field of a datablock) or
 * plotwrite_str() (a string in a command), never through a format.  No
 * control byte (C0 or DEL) passes either: it could end a line, and a line
 * is a command.  Datablocks hold only numbers and quoted texts, no
 * comments, so no data line can be the terminator EOD.
 */
#ifndef PLOTWRITE_H
#define PLOTWRITE_H

#include <stddef.h>
#include <stdio.h>

#include "plot/plotopts.h"

struct frame;
struct diag;
struct group;

#define PLOTWRITE_NCOLOUR	8	/* linetypes, then they cycle */
/* The default legend: outside the plotting area on the right, centred,
 * marks before their names (ggplot2's and seaborn's), so that it never
 * covers a point or a line. */
#define PLOTWRITE_KEY	"outside right center reverse Left"

/* The marks of --style. */
struct plotwrite_style {
	char	with[16];	/* points, lines, ... or "" for the kind's */
	char	colour[64];	/* a gnuplot colour, or "" */
	double	size;		/* point size, 0: default */
	double	width;		/* line width, 0: default */
};

/* Everything one script is built from. */
struct plotwrite {
	struct frame		*f;
	const struct plot_opts	*o;
	struct diag		*d;
	FILE			*data;		/* the datablocks */
	FILE			*set;		/* the kind's settings */
	FILE			*body;		/* the panels' plot commands */
	int			 panel;		/* 0, or the facet panel 1.. */
	size_t			*rows;		/* rows of this panel */
	size_t			 nrows;
	struct group		*by;		/* --by levels, or NULL */
	size_t			 missing;	/* values left out */
	size_t			 infinite;	/* +-inf left out (R's hist) */
	double			 xmin, xmax;	/* bounds of what is drawn */
	double			 ymin, ymax;
	int			 catx;		/* x holds categories */
	const char		*xlabel;	/* defaults of the labels */
	const char		*ylabel;
	const char		*key;		/* PLOTWRITE_KEY, NULL: none */
	const char		*keytitle;	/* --by's column, for the key */
	int			 nclause;	/* clauses of this plot */
	int			 own_multiplot;	/* pairs, residuals */
	int			 titled;	/* a clause has a key entry */
	char			 title[512];	/* --title, for multiplots */
	struct plotwrite_style	 st;
};

/* Parse --style into st; 0, or -1 with d set (STATUS_USAGE). */
int	plotwrite_style_parse(const char *s, struct plotwrite_style *st,
	    struct diag *d);
/* Does s hold a control byte (C0 or DEL)? */
int	plotwrite_has_ctrl(const char *s);
/* Is s a terminal name and options that can be written as they are? */
int	plotwrite_term_ok(const char *s);

/* A number as data: the shortest form that reads back, NaN if missing. */
void	plotwrite_num(FILE *fp, double x);
/* n numbers (doubles) as plotwrite_num() writes them, a space between. */
void	plotwrite_nums(FILE *fp, int n, ...);
/* A text as a quoted datablock field: '"' as '\'', control bytes as ' '. */
void	plotwrite_text(FILE *fp, const char *s);
/* A gnuplot string literal: single quotes, a quote doubled, control
 * bytes as ' ' (gnuplot expands no backquote or macro inside). */
void	plotwrite_str(FILE *fp, const char *s);

/* The name of datablock `name` of the current panel: "$data", "$data_2"
 * (one of four static buffers). */
const char *plotwrite_block(struct plotwrite *c, const char *name);
/* Start and end datablock `name`. */
void	plotwrite_begin(struct plotwrite *c, const char *name);
void	plotwrite_end(struct plotwrite *c);
/* Start the next clause of the panel's plot command; end the command. */
void	plotwrite_clause(struct plotwrite *c, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	plotwrite_endplot(struct plotwrite *c);
/* A kind's setting: written once, for the first panel.  fmt holds no
 * text of the data or options. */
void	plotwrite_setting(struct plotwrite *c, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* A clause's title: the series name, or notitle for a lone series. */
void	plotwrite_title(struct plotwrite *c, const char *name, int alone);
/* The colour of --style, if any; the marks of series k. */
void	plotwrite_colour(struct plotwrite *c);
void	plotwrite_style(struct plotwrite *c, const char *dflt, int k);
/*
 * The colour at t (0 to 1) of a palette of n stops (0xRRGGBB) spread
 * evenly, interpolated in RGB as gnuplot's `set palette defined` does.
 */
unsigned long plotwrite_palette(const unsigned long *stop, int n, double t);
/*
 * Is a colour dark, so that white text reads better on it than black?
 * Its WCAG relative luminance is under 0.179, where the contrast ratios
 * against white and against black are equal.
 */
int	plotwrite_dark(unsigned long rgb);
/* Widen the bounds of what is drawn (NaN: that axis not). */
void	plotwrite_bound(struct plotwrite *c, double x, double y);

/* The terminal and output; the theme; the labels, legend, scales and
 * ranges the user asked for; the shared axes of facet panels. */
void	plotwrite_terminal(FILE *fp, const struct plot_opts *o);
void	plotwrite_theme(FILE *fp, const struct plot_opts *o);
void	plotwrite_user(FILE *fp, const struct plotwrite *c, int multi);
void	plotwrite_ranges(FILE *fp, const struct plotwrite *c);
/* "set multiplot" of rows x cols facet panels, room kept for the key. */
void	plotwrite_multiplot(FILE *fp, const struct plotwrite *c, size_t rows,
	    size_t cols);

#endif
