/*
 * plotopts: the options of one chart, struct plot_opts, and the kinds,
 * legends, fits and terminals they name.  plot (which sets and checks
 * them: plot.h) and plotwrite (which writes them into the script) both
 * read them.
 */
#ifndef PLOTOPTS_H
#define PLOTOPTS_H

#include <stddef.h>

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

#endif
