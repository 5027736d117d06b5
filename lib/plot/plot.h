/*
 * plot: charts drawn by gnuplot.
 *
 * plot_frame() is the front door: the options (set by name with
 * plot_option()) checked against the table of kinds, then one complete
 * gnuplot script written (plot_script(): the terminal, the theme, the
 * data inline as datablocks, the labels and ranges, the plot commands)
 * and either printed or drawn by gnuplot (plotrun).  Every text of the
 * data or the options reaches gnuplot inert (the quoting rule of
 * plotwrite.h).  The statistics behind the pictures live in plotstat.
 */
#ifndef PLOT_H
#define PLOT_H

#include <stddef.h>
#include <stdio.h>

struct frame;
struct diag;

#define PLOT_NONE	((size_t)-1)	/* no column */

enum plot_kind {
	PLOT_SCATTER, PLOT_LINE, PLOT_HIST, PLOT_DENSITY, PLOT_BAR, PLOT_BOX,
	PLOT_PIE, PLOT_HEATMAP, PLOT_QQ, PLOT_ECDF, PLOT_VIOLIN,
	PLOT_ERRORBAR, PLOT_PAIRS, PLOT_RESIDUALS, PLOT_ROC, PLOT_IMPORTANCE,
	PLOT_SCREE, PLOT_BIPLOT, PLOT_PATH, PLOT_CV, PLOT_STRIP, PLOT_SWARM,
	PLOT_COUNT, PLOT_POINT, PLOT_LM
};

enum plot_legend {
	PLOT_KEY_DEFAULT, PLOT_KEY_TOP_LEFT, PLOT_KEY_TOP_RIGHT,
	PLOT_KEY_BOTTOM_LEFT, PLOT_KEY_BOTTOM_RIGHT, PLOT_KEY_OUTSIDE,
	PLOT_KEY_OFF
};

/* scatter --fit: the line or curve through the points. */
enum plot_fit {
	PLOT_FIT_NONE, PLOT_FIT_LINEAR, PLOT_FIT_POLY, PLOT_FIT_LOESS,
	PLOT_FIT_LOWESS, PLOT_FIT_NLS
};

/* pairs --diag: the diagonal panels. */
enum plot_diag { PLOT_DIAG_DEFAULT, PLOT_DIAG_HIST, PLOT_DIAG_DENSITY };

enum plot_term { PLOT_DUMB, PLOT_PNG, PLOT_SVG, PLOT_PDF, PLOT_OTHER };

struct plot_opts {
	enum plot_kind	 kind;
	size_t		 x;		/* -x column, or PLOT_NONE */
	size_t		*y;		/* -y columns */
	size_t		 ny;
	size_t		*c;		/* -c columns */
	size_t		 nc;
	const char	*xs, *ys, *cs;	/* -x, -y, -c lists, or NULL */
	const char	*bys, *facets;	/* --by, --facet, or NULL */
	size_t		 by;		/* --by: one series per level */
	size_t		 facet;		/* --facet: one panel per level */
	enum plot_fit	 fit;		/* scatter --fit */
	int		 fit_degree;	/* --fit poly:K */
	const char	*formula;	/* --fit nls: the model, y ~ f(x, b) */
	const char	*start;		/* --fit nls: --start b1=v1,... */
	const char	*hues;		/* --hue, or NULL */
	size_t		 hue;		/* --hue: a colour per level (point,
					   lm) */
	enum plot_diag	 diag;		/* pairs --diag */
	unsigned long	 seed;		/* --seed: strip's jitter */
	double		 level;		/* --conf-level of bands, intervals */
	int		 count;		/* bar, pie, heatmap: count rows */
	int		 density;	/* hist --density */
	long		 bins;		/* hist --bins; 0: Freedman-Diaconis */
	const char	*positive;	/* roc --positive class, or NULL */
	int		 scale;		/* biplot --scale: unit variances */
	const char	*title;		/* --title, or NULL */
	const char	*xlabel;	/* NULL: the column name */
	const char	*ylabel;
	enum plot_legend legend;
	int		 logx, logy;
	const char	*xrange;	/* "A:B", either side may be empty */
	const char	*yrange;
	long		 width, height;	/* --size; 0: the terminal's default */
	int		 dark;		/* --theme dark */
	const char	*style;		/* --style list, or NULL */
	const char	**set;		/* --set commands, in order */
	size_t		 nset, setcap;
	enum plot_term	 term;		/* from -o's extension or --terminal */
	const char	*terminal;	/* --terminal NAME and options, or NULL */
	const char	*output;	/* -o FILE, or NULL for stdout */
	int		 script;	/* --script: write the script */
	int		 tty;		/* a colour terminal: ANSI colours */
};

/* Initialise o with the defaults: no columns, dumb terminal. */
void	plot_opts_init(struct plot_opts *o);
/* "scatter" ... "biplot"; 0, or -1 if unknown. */
int	plot_kind_lookup(const char *name, enum plot_kind *);
/* The kinds' names, separated by spaces, in buf; returns buf. */
const char *plot_kind_names(char *buf, size_t size);
/* "top-left" ... "off"; 0 or -1. */
int	plot_legend_lookup(const char *name, enum plot_legend *);
/* The terminal for an output file name by its extension; 0 or -1. */
int	plot_term_for(const char *file, enum plot_term *);
/*
 * --terminal NAME: dumb, png, pngcairo, svg, pdf, pdfcairo, or another
 * gnuplot terminal and its options (PLOT_OTHER, written as it is, so
 * only letters, digits, spaces and , . _ -); 0, or -1 with d set
 * (STATUS_USAGE).
 */
int	plot_term_lookup(const char *name, enum plot_term *, struct diag *d);
/* Is "A:B" a range (numbers or empty sides)?  0 or -1. */
int	plot_range_check(const char *s);
/* Is the --style list valid?  0, or -1 with d set (STATUS_USAGE). */
int	plot_style_check(const char *s, struct diag *d);

/*
 * Check o against its kind (the columns it needs, the options it allows)
 * and the texts that may not hold a control byte (-o, --set); 0, or -1
 * with d set (STATUS_USAGE).
 */
int	plot_check(const struct plot_opts *o, struct diag *d);

/*
 * Set an option by its long name ("by", "title", ...; "x", "y", "c", "o"
 * for -x, -y, -c, -o), arg NULL for a flag.  Column lists are kept as
 * text and resolved by plot_frame(); arg must outlive o.  0, or -1 with d
 * set (STATUS_USAGE: a bad value).
 */
int	plot_option(struct plot_opts *o, const char *name, const char *arg,
	    struct diag *d);
/* After the options: the terminal, from --terminal or -o's extension
 * (else the text terminal); 0, or -1 with d set (STATUS_USAGE). */
int	plot_opts_done(struct plot_opts *o, struct diag *d);
/* Free what plot_option() allocated (o itself is the caller's). */
void	plot_opts_release(struct plot_opts *o);

/*
 * Write the whole gnuplot script for f into *script (NUL-terminated,
 * owned by the caller, free()).  Warns about values left out because
 * they are missing.  0, or -1 with d set (a column that is not numbers,
 * too few values for a statistic).
 */
int	plot_script(struct frame *f, const struct plot_opts *o, char **script,
	    size_t *len, struct diag *d);

/*
 * plot's front door: check o against f, then write the script to out
 * (o->script) or draw it with gnuplot (plotrun_gnuplot(), which keeps
 * an existing -o file unless gnuplot succeeded).  0, or -1 with d set
 * (STATUS_USAGE for a bad combination of options).
 */
int	plot_frame(struct frame *f, const struct plot_opts *o, FILE *out,
	    struct diag *d);

#endif
