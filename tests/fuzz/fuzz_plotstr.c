/*
 * fuzz_plotstr: random bytes in every string slot of a plot script (column
 * names, --by and --facet values, title, labels, --style colour, -o name)
 * must stay inert.  The bytes after the first (the options) are split at
 * NUL into the slots.  Each script is checked by a small parser of our
 * script format (script_check) and compared with the script of a twin
 * frame whose strings are plain tokens ("n0", "L1", ...) with the same
 * equalities: with every string literal emptied, both must be the same
 * text, so no byte of data added, removed or changed a command or line.
 * A difference or a bad script aborts.
 */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "plot/plot.h"
#include "fuzz.h"

enum { S_X, S_Y, S_Z, S_W, S_F, S_G, S_LEV0, S_FAC0 = S_LEV0 + 4,
	S_TITLE = S_FAC0 + 2, S_XLAB, S_YLAB, S_COLOUR, S_OUT, NSLOT };

#define NROW	8

/* A CSV field, quoted, its quotes doubled. */
static void
field(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

/* The frame: x, y, z, w numbers, f and g levels; slots give the texts. */
static struct frame *
make_frame(char *const *slot)
{
	static const char *const num[] = { "1", "2.5", "3", "-4", "5", "7",
	    "6.25", "9" };
	char *buf = NULL;
	size_t len = 0, i;
	struct frame *f;
	FILE *fp = open_memstream(&buf, &len);

	if (fp == NULL)
		abort();
	for (i = S_X; i <= S_G; i++) {	/* 4 number columns, f, g */
		field(fp, slot[i]);
		fputc(i < S_G ? ',' : '\n', fp);
	}
	for (i = 0; i < NROW; i++) {
		fprintf(fp, "%s,%s,%s,", num[i], num[(i + 3) % NROW],
		    num[(i + 5) % NROW]);
		fprintf(fp, "%s,", num[(i + 1) % NROW]);
		field(fp, slot[S_FAC0 + i % 2]);
		fputc(',', fp);
		field(fp, slot[S_LEV0 + i % 4]);
		fputc('\n', fp);
	}
	fclose(fp);
	f = fuzz_frame((const uint8_t *)buf, len, 0);
	free(buf);
	return f;
}

/* Is s a number as pnum() writes it (or NaN, inf)?  Up to a space. */
static size_t
number(const char *s)
{
	char *end;

	if (*s == ' ' || *s == '\t')
		return 0;
	if (strncmp(s, "NaN", 3) == 0)
		return 3;
	strtod(s, &end);
	return (size_t)(end - s);
}

/* A control byte, which no line may carry. */
static int
ctrl(char ch)
{
	return (unsigned char)ch < 0x20 || ch == 0x7f;
}

/*
 * Check a script: datablocks ($name << EOD ... EOD) hold lines of numbers
 * and "texts" without control bytes; commands hold no backquote, no
 * double quote, no comment, no `system` outside single-quoted literals
 * ('' inside one is a quote).  The script is rewritten in place with every
 * literal emptied, so that two scripts can be compared.  0, or -1.
 */
static int
script_check(char *s)
{
	const char *r = s, *eol;
	char *w = s;
	int block = 0, first = 1;
	size_t n;

	for (; *r != '\0'; r++, first = 0) {
		if ((eol = strchr(r, '\n')) == NULL)
			return -1;	/* every line ends */
		if (block && eol - r == 3 && strncmp(r, "EOD", 3) == 0) {
			block = 0;
			memmove(w, r, 3);
			w += 3;
			r += 3;
		} else if (block) {	/* a data line */
			while (r < eol) {
				if (*r == '"') {
					*w++ = *r++;
					while (r < eol && *r != '"')
						if (ctrl(*r++))
							return -1;
					if (r == eol)
						return -1;
					*w++ = *r++;
				} else if ((n = number(r)) > 0) {
					memmove(w, r, n);
					w += n;
					r += n;
				} else
					return -1;
				if (r < eol && *r != ' ')
					return -1;
				if (r < eol && r + 1 == eol)
					return -1;	/* a trailing space */
				if (r < eol)
					*w++ = *r++;
			}
		} else if (first && strncmp(r, "# statpipe plot ", 16) == 0) {
			n = (size_t)(eol - r);
			memmove(w, r, n);
			w += n;
			r = eol;
		} else {	/* a command line */
			n = (size_t)(eol - r);
			block = *r == '$' && n > 7 &&
			    strncmp(eol - 7, " << EOD", 7) == 0;
			while (r < eol) {
				if (*r == '\'') {
					*w++ = *r++;
					for (;; r++) {
						if (r == eol || ctrl(*r))
							return -1;
						if (*r == '\'' && r[1] == '\'')
							r++;
						else if (*r == '\'')
							break;
					}
					*w++ = *r++;
				} else if (*r == '`' || *r == '"' ||
				    *r == '#' || ctrl(*r) ||
				    strncmp(r, "system", 6) == 0)
					return -1;
				else
					*w++ = *r++;
			}
		}
		*w++ = '\n';
	}
	*w = '\0';
	return block ? -1 : 0;
}

/* The script of f with o's strings from slot; NULL if refused. */
static char *
script_of(char *const *slot, unsigned opts, unsigned more)
{
	static const char *const kinds[] = { "scatter", "line", "hist",
	    "density", "bar", "box", "pie", "heatmap", "qq", "ecdf",
	    "violin", "errorbar", "pairs", "residuals" };
	size_t y[1] = { 1 }, c[4] = { 0, 1, 2, 3 };
	char *script = NULL, style[128];
	struct plot_opts o;
	struct frame *f;
	struct diag d;
	size_t len;

	if ((f = make_frame(slot)) == NULL)
		return NULL;
	plot_opts_init(&o);
	if (plot_kind_lookup(kinds[(opts & 15) % 14], &o.kind) != 0)
		abort();
	o.x = (opts >> 4) & 1 ? 5 : 0;	/* the levels, or numbers */
	o.y = y;
	o.ny = (opts >> 5) & 1 ? 0 : 1;
	o.c = c;
	o.nc = (opts >> 6) & 1 ? 2 + (more & 1) * 2 : 0;
	if (opts >> 7)
		o.by = 5;
	if ((more >> 1) & 1)
		o.facet = 4;
	/* the flags where they are allowed, so that most inputs draw */
	o.count = (more >> 2) & 1 && (o.kind == PLOT_BAR ||
	    o.kind == PLOT_PIE || o.kind == PLOT_HEATMAP);
	o.fit = (more >> 3) & 1 && o.kind == PLOT_SCATTER;
	o.density = (more >> 4) & 1 && o.kind == PLOT_HIST;
	o.title = (more >> 5) & 1 ? slot[S_TITLE] : NULL;
	o.xlabel = slot[S_XLAB];
	o.ylabel = slot[S_YLAB];
	snprintf(style, sizeof(style), "points,color=%s", slot[S_COLOUR]);
	o.style = (more >> 6) & 1 ? style : NULL;
	if ((more >> 7) & 1) {
		o.output = slot[S_OUT];
		o.term = PLOT_SVG;
	}
	if ((o.style == NULL || plot_style_check(o.style, &d) == 0) &&
	    plot_check(&o, &d) == 0 &&
	    plot_script(f, &o, &script, &len, &d) != 0)
		script = NULL;
	frame_free(f);
	return script;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned opts = fuzz_byte(&data, &size);
	unsigned more = fuzz_byte(&data, &size);
	char *slot[NSLOT], *twin[NSLOT], *a, *b;
	size_t i, j, at = 0, n;

	fuzz_init();
	for (i = 0; i < NSLOT; i++) {	/* the slots, split at NUL */
		for (n = 0; at + n < size && data[at + n] != 0; n++)
			;
		slot[i] = xmalloc(n + 2);
		/* a level starts with a letter, so that it stays text */
		j = i >= S_LEV0 && i < S_TITLE;
		slot[i][0] = 'L';
		memcpy(slot[i] + j, data + at, n);
		slot[i][n + j] = '\0';
		at = at + n < size ? at + n + 1 : size;
	}
	/* the twin: a token per distinct string of each kind of slot */
	for (i = 0; i < NSLOT; i++) {
		char tok[32];

		for (j = 0; j < i; j++)
			if (strcmp(slot[i], slot[j]) == 0 &&
			    (i < S_LEV0) == (j < S_LEV0) &&
			    (i >= S_FAC0) == (j >= S_FAC0))
				break;
		snprintf(tok, sizeof(tok), "%s%zu", i < S_LEV0 ? "n" :
		    i < S_TITLE ? "L" : "t", j);
		/* an empty title is no title: emptiness is kept */
		twin[i] = xstrdup(i == S_COLOUR || slot[i][0] == '\0' ?
		    slot[i] : i == S_OUT ? "o.svg" : tok);
	}
	a = script_of(slot, opts, more);
	b = a != NULL ? script_of(twin, opts, more) : NULL;
	if (a != NULL) {
		if (b == NULL || script_check(a) != 0 ||
		    script_check(b) != 0 || strcmp(a, b) != 0)
			abort();
	}
	free(a);
	free(b);
	for (i = 0; i < NSLOT; i++) {
		free(slot[i]);
		free(twin[i]);
	}
	return 0;
}
