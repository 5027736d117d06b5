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

#include "plot/plotopts.h"

struct frame;
struct diag;

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
