/*
 * plotwrite: the gnuplot script writer: the quoting functions, the
 * datablocks and plot commands, the terminal, theme and the user's
 * settings.  The quoting rule is in plotwrite.h.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "plot/plotwrite.h"

/* clang-format off */
/* matplotlib's tab10, and a brighter set for the dark theme */
static const char *const light[PLOTWRITE_NCOLOUR] = {
	"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
	"#9467bd", "#8c564b", "#e377c2", "#17becf",
};
static const char *const dark[PLOTWRITE_NCOLOUR] = {
	"#4cc9f0", "#ffb347", "#7bd389", "#ff6b6b",
	"#c9a0ff", "#d4a373", "#ff8fd8", "#5ee7e7",
};
/* point characters of the text terminal, one per series */
static const char dumbpt[PLOTWRITE_NCOLOUR] = {
	'*', 'o', '+', 'x', '#', '@', '%', '&'
};
/* clang-format on */

#define COLOUR_CHARS	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" \
			"0123456789-#"

#define TERM_CHARS	COLOUR_CHARS " ,._"

/* Parse --style: marks (points, lines ...), color=C, size=N, width=N. */
int
plotwrite_style_parse(const char *s, struct plotwrite_style *st,
    struct diag *d)
{
	static const char *const marks[] = { "points", "lines",
	    "linespoints", "impulses", "steps", "dots", NULL };
	char *copy = xstrdup(s), *item, *save = NULL, *eq;
	size_t i;

	memset(st, 0, sizeof(*st));
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(item, '=')) != NULL) {
			*eq++ = '\0';
			/* a name (dark-red) or #rrggbb: [A-Za-z0-9#-] */
			if ((strcmp(item, "color") == 0 ||
			    strcmp(item, "colour") == 0) && *eq != '\0' &&
			    strlen(eq) < sizeof(st->colour) &&
			    strspn(eq, COLOUR_CHARS) == strlen(eq)) {
				strcpy(st->colour, eq);
				continue;
			}
			if (strcmp(item, "size") == 0 &&
			    num_parse_opt(eq, &st->size) == 0 && st->size > 0)
				continue;
			if (strcmp(item, "width") == 0 &&
			    num_parse_opt(eq, &st->width) == 0 && st->width > 0)
				continue;
			eq[-1] = '=';
		} else {
			for (i = 0; marks[i] != NULL; i++)
				if (strcmp(item, marks[i]) == 0)
					break;
			if (marks[i] != NULL) {
				strcpy(st->with, item);
				continue;
			}
		}
		diag_set(d, STATUS_USAGE, "--style: \"%s\" is not points, "
		    "lines, linespoints, impulses, steps, dots, color=C, "
		    "size=N or width=N", item);
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}
/* A number as data: the shortest form that reads back, NaN if missing. */
void
plotwrite_num(FILE *fp, double x)
{
	char buf[NUM_BUFSZ];

	if (isnan(x))
		fputs("NaN", fp);
	else {
		num_format(x, 0, buf);
		fputs(buf, fp);
	}
}

void
plotwrite_nums(FILE *fp, int n, ...)
{
	va_list ap;
	int i;

	va_start(ap, n);
	for (i = 0; i < n; i++) {
		if (i > 0)
			fputc(' ', fp);
		plotwrite_num(fp, va_arg(ap, double));
	}
	va_end(ap);
}

/* A control byte: C0 or DEL (the quoting rule is in plotwrite.h). */
static int
ctrl(unsigned char ch)
{
	return ch < 0x20 || ch == 0x7f;
}

int
plotwrite_has_ctrl(const char *s)
{
	for (; *s != '\0'; s++)
		if (ctrl((unsigned char)*s))
			return 1;
	return 0;
}

/* A text as a quoted datablock field. */
void
plotwrite_text(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++)
		fputc(ctrl((unsigned char)*s) ? ' ' : *s == '"' ? '\'' : *s,
		    fp);
	fputc('"', fp);
}

/*
 * A gnuplot string literal: single quotes, a quote doubled.  gnuplot
 * expands neither backquotes nor macros inside single quotes.
 */
void
plotwrite_str(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputc('\'', fp);
		fputc(ctrl((unsigned char)*s) ? ' ' : *s, fp);
	}
	fputc('\'', fp);
}

/* The name of datablock `name` of the current panel: "$data", "$data_2". */
const char *
plotwrite_block(struct plotwrite *c, const char *name)
{
	static char buf[4][64];
	static int k;

	k = (k + 1) % 4;
	if (c->panel > 0)
		snprintf(buf[k], sizeof(buf[k]), "$%s_%d", name, c->panel);
	else
		snprintf(buf[k], sizeof(buf[k]), "$%s", name);
	return buf[k];
}

void
plotwrite_begin(struct plotwrite *c, const char *name)
{
	fprintf(c->data, "%s << EOD\n", plotwrite_block(c, name));
}

void
plotwrite_end(struct plotwrite *c)
{
	fputs("EOD\n", c->data);
}

/* Start the next clause of the panel's plot command. */
void
plotwrite_clause(struct plotwrite *c, const char *fmt, ...)
{
	va_list ap;

	fputs(c->nclause++ == 0 ? "plot " : ", \\\n     ", c->body);
	va_start(ap, fmt);
	vfprintf(c->body, fmt, ap);
	va_end(ap);
}

/* End the panel's plot command. */
void
plotwrite_endplot(struct plotwrite *c)
{
	if (c->nclause > 0)
		fputc('\n', c->body);
	c->nclause = 0;
}

/* A kind's setting: written once, for the first panel. */
void
plotwrite_setting(struct plotwrite *c, const char *fmt, ...)
{
	va_list ap;

	if (c->panel > 1)
		return;
	va_start(ap, fmt);
	vfprintf(c->set, fmt, ap);
	va_end(ap);
}

/* A clause's title: the series name, or notitle for a lone series. */
void
plotwrite_title(struct plotwrite *c, const char *name, int alone)
{
	if (alone || name == NULL || c->panel > 1)
		fputs(" notitle", c->body);
	else {
		fputs(" title ", c->body);
		plotwrite_str(c->body, name);
		c->titled = 1;
	}
}

/* The colour of --style, if any. */
void
plotwrite_colour(struct plotwrite *c)
{
	if (c->st.colour[0]) {
		fputs(" lc rgb ", c->body);
		plotwrite_str(c->body, c->st.colour);
	}
}

/* The marks of series k: the kind's default or --style. */
void
plotwrite_style(struct plotwrite *c, const char *dflt, int k)
{
	fprintf(c->body, " with %s ls %d", c->st.with[0] ? c->st.with : dflt,
	    k % PLOTWRITE_NCOLOUR + 1);
	plotwrite_colour(c);
	if (c->st.size > 0)
		fprintf(c->body, " ps %g", c->st.size);
	if (c->st.width > 0)
		fprintf(c->body, " lw %g", c->st.width);
}

unsigned long
plotwrite_palette(const unsigned long *stop, int n, double t)
{
	unsigned long rgb = 0;
	double at, f, a, b;
	int k, sh;

	t = isnan(t) ? 0 : fmin(fmax(t, 0), 1);
	at = t * (n - 1);
	k = (int)at;
	if (k >= n - 1)
		k = n - 2;
	f = at - k;
	for (sh = 16; sh >= 0; sh -= 8) {
		a = (double)((stop[k] >> sh) & 0xff);
		b = (double)((stop[k + 1] >> sh) & 0xff);
		rgb |= (unsigned long)lround(a + f * (b - a)) << sh;
	}
	return rgb;
}

/* An sRGB channel (0-255) as linear light. */
static double
linear(unsigned long v)
{
	double c = (double)v / 255;

	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

int
plotwrite_dark(unsigned long rgb)
{
	return 0.2126 * linear((rgb >> 16) & 0xff) +
	    0.7152 * linear((rgb >> 8) & 0xff) +
	    0.0722 * linear(rgb & 0xff) < 0.179;
}

void
plotwrite_bound(struct plotwrite *c, double x, double y)
{
	if (!isnan(x)) {
		c->xmin = fmin(c->xmin, x);
		c->xmax = fmax(c->xmax, x);
	}
	if (!isnan(y)) {
		c->ymin = fmin(c->ymin, y);
		c->ymax = fmax(c->ymax, y);
	}
}

int
plotwrite_term_ok(const char *s)
{
	/* a word and options: nothing that quotes, comments, substitutes
	 * or ends the command */
	return s[0] != '\0' && strspn(s, TERM_CHARS) == strlen(s);
}

/* ---- the parts of every script ---- */

/* The terminal, and the output when the script names one. */
void
plotwrite_terminal(FILE *fp, const struct plot_opts *o)
{
	long w = o->width, h = o->height;
	const char *bg = o->dark ? "#1e1e1e" : "#ffffff";

	if (w == 0 && o->term != PLOT_DUMB) {
		w = 800;
		h = o->kind == PLOT_PAIRS ? 800 : 600;
	}
	switch (o->term) {
	case PLOT_DUMB:
		fprintf(fp, "set terminal dumb size %ld,%ld noenhanced%s\n",
		    w ? w : 80, w ? h : 24, o->tty ? " ansi" : "");
		break;
	case PLOT_PNG:
		fprintf(fp, "set terminal pngcairo size %ld,%ld noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", w, h, bg);
		break;
	case PLOT_SVG:
		fprintf(fp, "set terminal svg size %ld,%ld noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", w, h, bg);
		break;
	case PLOT_PDF:	/* 100 pixels to the inch */
		fprintf(fp, "set terminal pdfcairo size %gin,%gin noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", (double)w / 100,
		    (double)h / 100, bg);
		break;
	case PLOT_OTHER:
		fprintf(fp, "set terminal %s\n", o->terminal);
		break;
	}
	if (o->output != NULL) {
		fputs("set output ", fp);
		plotwrite_str(fp, o->output);
		fputc('\n', fp);
	}
}

void
plotwrite_theme(FILE *fp, const struct plot_opts *o)
{
	const char *const *pal = o->dark ? dark : light;
	int k;

	if (o->term == PLOT_DUMB) {
		fputs("set border 3\nset tics nomirror\n", fp);
		for (k = 0; k < PLOTWRITE_NCOLOUR; k++)
			fprintf(fp, "set linetype %d lc rgb '%s' pt '%c'\n",
			    k + 1, pal[k], dumbpt[k]);
		fputs("set linetype cycle 8\n", fp);
		return;
	}
	if (o->dark)
		fputs("set border 3 lc rgb '#bbbbbb'\n"
		    "set tics nomirror out textcolor rgb '#dddddd'\n"
		    "set grid lc rgb '#3a3a3a' lw 1\n"
		    "set key textcolor rgb '#eeeeee'\n"
		    "set title textcolor rgb '#eeeeee'\n"
		    "set xlabel textcolor rgb '#dddddd'\n"
		    "set ylabel textcolor rgb '#dddddd'\n"
		    "set cbtics textcolor rgb '#dddddd'\n", fp);
	else
		fputs("set border 3 lc rgb '#444444'\n"
		    "set tics nomirror out\n"
		    "set grid lc rgb '#e5e5e5' lw 1\n", fp);
	for (k = 0; k < PLOTWRITE_NCOLOUR; k++)
		fprintf(fp, "set linetype %d lc rgb '%s' lw 1.5 pt 7 ps 0.7\n",
		    k + 1, pal[k]);
	fputs("set linetype cycle 8\n", fp);
}

/* Is the legend drawn outside, with an entry? */
static int
key_outside(const struct plotwrite *c)
{
	return c->key != NULL && c->titled &&
	    (c->o->legend == PLOT_KEY_DEFAULT ||
	    c->o->legend == PLOT_KEY_OUTSIDE);
}

/* The facet panels' layout: room on the right for an outside legend. */
void
plotwrite_multiplot(FILE *fp, const struct plotwrite *c, size_t rows,
    size_t cols)
{
	fprintf(fp, "set multiplot layout %zu,%zu", rows, cols);
	if (key_outside(c))
		fprintf(fp, " margins 0.08,0.82,0.1,%s spacing 0.08,0.12",
		    c->o->title != NULL ? "0.88" : "0.93");
	if (c->o->title != NULL) {
		fputs(" title ", fp);
		plotwrite_str(fp, c->o->title);
	}
	fputc('\n', fp);
}

/* Labels, legend, scales and ranges the user asked for. */
void
plotwrite_user(FILE *fp, const struct plotwrite *c, int multi)
{
	const struct plot_opts *o = c->o;
	const char *xl = o->xlabel ? o->xlabel : c->xlabel;
	const char *yl = o->ylabel ? o->ylabel : c->ylabel;
	static const char *const pos[] = {
		[PLOT_KEY_TOP_LEFT] = "top left",
		[PLOT_KEY_TOP_RIGHT] = "top right",
		[PLOT_KEY_BOTTOM_LEFT] = "bottom left",
		[PLOT_KEY_BOTTOM_RIGHT] = "bottom right",
		[PLOT_KEY_OUTSIDE] = "outside right top",
	};
	size_t i;

	if (o->title != NULL && !multi) {
		fputs("set title ", fp);
		plotwrite_str(fp, o->title);
		fputc('\n', fp);
	}
	if (xl != NULL && !c->own_multiplot) {
		fputs("set xlabel ", fp);
		plotwrite_str(fp, xl);
		fputc('\n', fp);
	}
	if (yl != NULL && !c->own_multiplot) {
		fputs("set ylabel ", fp);
		plotwrite_str(fp, yl);
		fputc('\n', fp);
	}
	if (o->legend == PLOT_KEY_OFF || (o->legend == PLOT_KEY_DEFAULT &&
	    c->key != NULL && !c->titled && !c->own_multiplot))
		/* no entry: no room kept for one */
		fputs("unset key\n", fp);
	else if (multi && !c->own_multiplot && key_outside(c))
		/* beside the panels (plotwrite_multiplot leaves room) */
		fputs("set key at screen 0.99,0.5 right center reverse "
		    "Left\n", fp);
	else if (o->legend != PLOT_KEY_DEFAULT)
		fprintf(fp, "set key %s\n", pos[o->legend]);
	else if (c->key != NULL)
		fprintf(fp, "set key %s\n", c->key);
	if (c->keytitle != NULL && o->legend != PLOT_KEY_OFF &&
	    !c->own_multiplot) {
		fputs("set key title ", fp);
		plotwrite_str(fp, c->keytitle);
		fputc('\n', fp);
	}
	if (o->logx)
		fputs("set logscale x\n", fp);
	if (o->logy)
		fputs("set logscale y\n", fp);
	if (o->xrange != NULL)
		fprintf(fp, "set xrange [%s]\n", o->xrange);
	if (o->yrange != NULL)
		fprintf(fp, "set yrange [%s]\n", o->yrange);
	for (i = 0; i < o->nset; i++)
		fprintf(fp, "%s\n", o->set[i]);
}

/* Kinds whose y axis starts at 0. */
static int
y_from_zero(enum plot_kind k)
{
	return k == PLOT_HIST || k == PLOT_DENSITY || k == PLOT_BAR ||
	    k == PLOT_COUNT || k == PLOT_ECDF;
}

/* Shared axes of the facet panels, unless the user set them. */
void
plotwrite_ranges(FILE *fp, const struct plotwrite *c)
{
	double pad;

	if (!c->catx && c->o->xrange == NULL && c->xmin <= c->xmax &&
	    !c->o->logx) {
		pad = c->xmax > c->xmin ? 0.04 * (c->xmax - c->xmin) : 1;
		if (c->o->kind == PLOT_HIST)
			pad = 0;
		fprintf(fp, "set xrange [%.6g:%.6g]\n", c->xmin - pad,
		    c->xmax + pad);
	}
	if (c->o->yrange == NULL && c->ymin <= c->ymax && !c->o->logy) {
		pad = c->ymax > c->ymin ? 0.05 * (c->ymax - c->ymin) : 1;
		fprintf(fp, "set yrange [%.6g:%.6g]\n",
		    y_from_zero(c->o->kind) ? 0 : c->ymin - pad,
		    c->o->kind == PLOT_ECDF ? 1.05 : c->ymax + pad);
	}
}

