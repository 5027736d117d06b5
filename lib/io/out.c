#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "io/csvio.h"
#include "io/json.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"

struct out_table *
out_new(void)
{
	return xcalloc(1, sizeof(struct out_table));
}

void
out_free(struct out_table *t)
{
	size_t j;

	if (t == NULL)
		return;
	for (j = 0; j < t->ncols; j++)
		free(t->name[j]);
	free(t->name);
	free(t->cell);
	free(t->textoff);
	free(t->raw);
	free(t->arena);
	free(t);
}

void
out_column(struct out_table *t, const char *name)
{
	/* full at 0, 1, 2, 4 ... columns: double (10^5 columns is linear) */
	if ((t->ncols & (t->ncols - 1)) == 0)
		t->name = xrealloc(t->name, (t->ncols ? 2 * t->ncols : 1) *
		    sizeof(*t->name));
	t->name[t->ncols++] = xstrdup(name);
}

/* Room for exactly n rows: a table of many rows has no slack. */
void
out_reserve(struct out_table *t, size_t n)
{
	if (n <= t->rowcap || t->ncols == 0)
		return;
	t->cell = xrealloc(t->cell, n * t->ncols * sizeof(*t->cell));
	t->textoff = xrealloc(t->textoff, n * t->ncols *
	    sizeof(*t->textoff));
	if (t->raw != NULL)
		t->raw = xrealloc(t->raw, n * t->ncols);
	t->rowcap = n;
}

size_t
out_row(struct out_table *t)
{
	size_t cap = t->rowcap, j, base;

	t->cell = xgrow(t->cell, &cap, t->nrows + 1,
	    t->ncols * sizeof(*t->cell));
	cap = t->rowcap;
	t->textoff = xgrow(t->textoff, &cap, t->nrows + 1,
	    t->ncols * sizeof(*t->textoff));
	if (t->raw != NULL && cap > t->rowcap)
		t->raw = xrealloc(t->raw, cap * t->ncols);
	t->rowcap = cap;
	base = t->nrows * t->ncols;
	for (j = 0; j < t->ncols; j++) {
		t->cell[base + j].num = NAN;
		t->textoff[base + j] = 0;
	}
	if (t->raw != NULL)
		memset(t->raw + base, 0, t->ncols);
	return t->nrows++;
}

void
out_num(struct out_table *t, size_t row, size_t col, double v)
{
	t->cell[row * t->ncols + col].num = v;
	t->textoff[row * t->ncols + col] = 0;
	if (t->raw != NULL)
		t->raw[row * t->ncols + col] = 0;
}

void
out_text(struct out_table *t, size_t row, size_t col, const char *s)
{
	size_t len;

	if (s == NULL)
		return;
	len = strlen(s);
	t->arena = xgrow(t->arena, &t->arena_cap, t->arena_len + len + 1, 1);
	memcpy(t->arena + t->arena_len, s, len + 1);
	t->textoff[row * t->ncols + col] = t->arena_len + 1;
	t->arena_len += len + 1;
}

void
out_raw(struct out_table *t, size_t row, size_t col, double v,
    const char *text)
{
	size_t i = row * t->ncols + col;

	if (t->raw == NULL)	/* the rows so far have none */
		t->raw = xcalloc(t->rowcap * t->ncols, 1);
	out_text(t, row, col, text);
	t->cell[i].num = v;
	t->raw[i] = 1;
}

int
out_parse_format(const char *s, enum out_format *f)
{
	static const char *names[] = { "csv", "tsv", "table", "json",
	    "markdown", "xtab" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*f = (enum out_format)i;
			return 0;
		}
	return -1;
}

/* The formats meant for people, not for programs. */
static int
human(enum out_format f)
{
	return f == OUT_TABLE || f == OUT_MARKDOWN || f == OUT_XTAB;
}

/* A column of p-values: p_value, f_p_value, p_adj. */
static int
pvalue_column(const char *name)
{
	size_t n = strlen(name);

	return strcmp(name, "p_adj") == 0 || (n >= 7 &&
	    strcmp(name + n - 7, "p_value") == 0 && (n == 7 ||
	    name[n - 8] == '_'));
}

/*
 * R's choice for people: a number in e-notation is written in fixed
 * notation instead when that is no wider (R's scipen = 0): 2426 rather than
 * 2.43e+03, 0.000231 rather than 2.31e-04.  buf holds the e-notation with
 * its significant digits.
 */
static void
fixed_if_shorter(double v, char *buf)
{
	char fixed[NUM_BUFSZ], *e = strchr(buf, 'e');
	int exp10, sig = 0, dec;
	const char *p;

	if (e == NULL || !isfinite(v))
		return;
	for (p = buf; p < e; p++)
		sig += *p >= '0' && *p <= '9';
	exp10 = atoi(e + 1);
	dec = exp10 >= 0 ? 0 : sig - 1 - exp10;
	if (dec > NUM_BUFSZ - 8 || exp10 > NUM_BUFSZ - 8)
		return;
	snprintf(fixed, sizeof(fixed), "%.*f", dec, v);
	if (strlen(fixed) <= strlen(buf))
		strcpy(buf, fixed);
}

/*
 * The text of a cell as it is printed: buf holds a formatted number.
 * Returns NULL for an empty cell; *isnum tells numbers from texts.  A
 * whole number is never rounded into e-notation (a count of 150 stays 150
 * whatever --digits says); in the formats for people a p-value below the
 * double epsilon prints as R prints it, "<2.2e-16".
 */
static const char *
cell_str(const struct out_table *t, size_t i, const struct out_opts *o,
    char *buf, int *isnum)
{
	double v;

	*isnum = 0;
	/* a cell passed through: its text in csv and tsv, else its number */
	if (t->textoff[i] != 0 && (t->raw == NULL || !t->raw[i] ||
	    o->format == OUT_CSV || o->format == OUT_TSV))
		return t->arena + t->textoff[i] - 1;
	v = t->cell[i].num;
	if (isnan(v))
		return NULL;
	*isnum = 1;
	if (human(o->format) && v >= 0 && v < 2.220446049250313e-16 &&
	    pvalue_column(t->name[i % t->ncols])) {
		return "<2.2e-16";	/* as R's format.pval */
	}
	num_format(v, v == floor(v) && fabs(v) < 1e15 ? 0 : o->digits, buf);
	if (human(o->format))
		fixed_if_shorter(v, buf);
	return buf;
}

/*
 * The display cells of UTF-8 text, as a terminal shows it: East Asian
 * wide and fullwidth characters take two, combining marks and format
 * characters none (ICU's properties; a byte that is not UTF-8 takes one).
 */
static size_t
cells(const char *s)
{
	size_t len = strlen(s), w = 0;
	int32_t i = 0;
	UChar32 c;

	while ((size_t)i < len) {
		U8_NEXT(s, i, (int32_t)len, c);
		if (c < 0)
			w++;
		else if (U_GET_GC_MASK(c) & (U_GC_MN_MASK | U_GC_ME_MASK |
		    U_GC_CF_MASK))
			continue;
		else {
			int ea = u_getIntPropertyValue(c,
			    UCHAR_EAST_ASIAN_WIDTH);
			w += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
		}
	}
	return w;
}

/* Text being put together. */
struct obuf {
	char	*p;
	size_t	 len, cap;
};

static void
put_field(struct obuf *b, const char *s, size_t len, unsigned char delim)
{
	b->p = xgrow(b->p, &b->cap, b->len + CSVIO_PUT_MAX(len) + 1, 1);
	b->len += csvio_put_field(b->p + b->len, s, len, delim);
}

static void
put_char(struct obuf *b, char c)
{
	b->p = xgrow(b->p, &b->cap, b->len + 1, 1);
	b->p[b->len++] = c;
}

/* Delimited rows [lo, hi) of t, at the end of b. */
static void
put_rows(const struct out_table *t, const struct out_opts *o,
    unsigned char delim, size_t lo, size_t hi, struct obuf *b)
{
	char buf[NUM_BUFSZ];
	size_t r, j;
	int isnum;

	for (r = lo; r < hi; r++) {
		for (j = 0; j < t->ncols; j++) {
			const char *s = cell_str(t, r * t->ncols + j, o, buf,
			    &isnum);
			if (j)
				put_char(b, (char)delim);
			if (s != NULL)
				put_field(b, s, strlen(s), delim);
		}
		put_char(b, '\n');
	}
}

/*
 * Many rows are formatted a chunk a thread at a time (numbers take ~0.1
 * us each to print exactly) and written in order, a round at a time, so
 * that the text in memory stays small.
 */
#define OUT_CHUNK	8192	/* rows */

struct chunk {
	const struct out_table	*t;
	const struct out_opts	*o;
	unsigned char		 delim;
	size_t			 lo, hi;
	struct obuf		 b;
};

static void *
put_chunk(void *arg)
{
	struct chunk *c = arg;

	c->b.len = 0;
	put_rows(c->t, c->o, c->delim, c->lo, c->hi, &c->b);
	return NULL;
}

static int
write_delimited(FILE *fp, const struct out_table *t, const struct out_opts *o,
    unsigned char delim)
{
	int nt = o->threads > 1 ? o->threads : 1, i;
	struct chunk *c = xcalloc((size_t)nt, sizeof(*c));
	pthread_t *th = xcalloc((size_t)nt, sizeof(*th));
	int *started = xcalloc((size_t)nt, sizeof(*started));
	size_t j, r = 0;

	for (j = 0; j < t->ncols && !o->no_header; j++) {
		if (j)
			put_char(&c[0].b, (char)delim);
		put_field(&c[0].b, t->name[j], strlen(t->name[j]), delim);
	}
	if (!o->no_header) {
		put_char(&c[0].b, '\n');
		fwrite(c[0].b.p, 1, c[0].b.len, fp);
	}
	while (r < t->nrows) {
		for (i = 0; i < nt; i++) {
			c[i].t = t;
			c[i].o = o;
			c[i].delim = delim;
			c[i].lo = r;
			r = c[i].hi = t->nrows - r > OUT_CHUNK ? r + OUT_CHUNK :
			    t->nrows;
			started[i] = i > 0 && c[i].lo < c[i].hi &&
			    pthread_create(&th[i], NULL, put_chunk, &c[i]) == 0;
		}
		for (i = 0; i < nt; i++) {
			if (started[i])
				pthread_join(th[i], NULL);
			else
				put_chunk(&c[i]);
			if (c[i].b.len > 0)
				fwrite(c[i].b.p, 1, c[i].b.len, fp);
		}
	}
	for (i = 0; i < nt; i++)
		free(c[i].b.p);
	free(c);
	free(th);
	free(started);
	return 0;
}

static int
write_json(FILE *fp, const struct out_table *t, const struct out_opts *o)
{
	struct json_writer w;
	char buf[NUM_BUFSZ];
	size_t r, j;
	int isnum;

	json_writer_init(&w, fp);
	json_open(&w, '[', 0);
	for (r = 0; r < t->nrows; r++) {
		json_open(&w, '{', 1);
		for (j = 0; j < t->ncols; j++) {
			size_t i = r * t->ncols + j;
			const char *s = cell_str(t, i, o, buf, &isnum);

			json_key(&w, t->name[j]);
			if (s == NULL || isnum)
				json_num(&w, t->cell[i].num, o->digits);
			else
				json_str(&w, s);
		}
		json_close(&w);
	}
	json_close(&w);
	return json_writer_end(&w);
}

/* The display width of a cell; markdown writes "|" as "\\|". */
static size_t
width_of(const char *s, int markdown)
{
	size_t w = cells(s);

	if (markdown)
		for (; *s != '\0'; s++)
			w += *s == '|';
	return w;
}

static void
put_text(FILE *fp, const char *s, int markdown)
{
	for (; *s != '\0'; s++) {
		if (markdown && *s == '|')
			putc('\\', fp);
		putc(*s, fp);
	}
}

static void
put_blanks(FILE *fp, size_t n)
{
	while (n-- > 0)
		putc(' ', fp);
}

/*
 * Aligned text (table) or a markdown pipe table; widths count display
 * cells, not bytes.
 */
static int
write_aligned(FILE *fp, const struct out_table *t, const struct out_opts *o,
    int markdown)
{
	char buf[NUM_BUFSZ];
	size_t *w = xcalloc(t->ncols ? t->ncols : 1, sizeof(*w));
	int *right = xcalloc(t->ncols ? t->ncols : 1, sizeof(*right));
	size_t r, j, k;
	int isnum;

	for (j = 0; j < t->ncols; j++) {
		w[j] = width_of(t->name[j], markdown);
		right[j] = t->nrows > 0;
	}
	for (r = 0; r < t->nrows; r++)
		for (j = 0; j < t->ncols; j++) {
			const char *s = cell_str(t, r * t->ncols + j, o, buf,
			    &isnum);
			size_t len = s ? width_of(s, markdown) : 0;
			if (len > w[j])
				w[j] = len;
			if (s != NULL && !isnum)
				right[j] = 0;	/* text columns align left */
		}
	for (r = 0; r <= t->nrows + (size_t)markdown; r++) {
		size_t last = t->ncols;	/* plain text: no trailing blanks */

		if (!markdown && r > 0)
			while (last > 1 && cell_str(t, (r - 1) * t->ncols +
			    last - 1, o, buf, &isnum) == NULL)
				last--;
		for (j = 0; j < last; j++) {
			const char *s;
			size_t pad;

			if (r == 0)
				s = t->name[j], isnum = 0;
			else if (markdown && r == 1)
				s = NULL;
			else
				s = cell_str(t, (r - 1 - markdown) * t->ncols + j,
				    o, buf, &isnum);
			if (s == NULL)
				s = "";
			pad = w[j] - width_of(s, markdown);
			fputs(markdown ? (j ? " | " : "| ") : (j ? "  " : ""),
			    fp);
			if (markdown && r == 1) {
				for (k = 0; k < w[j]; k++)
					putc(k == w[j] - 1 && right[j] ? ':' :
					    '-', fp);
				continue;
			}
			if (right[j])
				put_blanks(fp, pad);
			put_text(fp, s, markdown);
			if (!right[j] && (markdown || j + 1 < last))
				put_blanks(fp, pad);
		}
		fputs(markdown ? " |\n" : "\n", fp);
	}
	free(w);
	free(right);
	return 0;
}

/*
 * One "name value" pair a line, names padded to one width, a blank line
 * between rows (Miller's --oxtab); an empty value leaves the name alone.
 */
static int
write_xtab(FILE *fp, const struct out_table *t, const struct out_opts *o)
{
	char buf[NUM_BUFSZ];
	size_t r, j, w = 0;
	int isnum;

	for (j = 0; j < t->ncols; j++)
		if (cells(t->name[j]) > w)
			w = cells(t->name[j]);
	for (r = 0; r < t->nrows; r++) {
		if (r > 0)
			putc('\n', fp);
		for (j = 0; j < t->ncols; j++) {
			const char *s = cell_str(t, r * t->ncols + j, o, buf,
			    &isnum);

			fputs(t->name[j], fp);
			if (s != NULL) {
				put_blanks(fp, w - cells(t->name[j]) + 1);
				fputs(s, fp);
			}
			putc('\n', fp);
		}
	}
	return 0;
}

int
out_write(FILE *fp, const struct out_table *t, const struct out_opts *opts)
{
	struct out_opts human_opts = *opts;
	const struct out_opts *o = opts;

	/* people read 7 significant digits, as R prints */
	if (human(opts->format) && opts->digits == 0) {
		human_opts.digits = OUT_HUMAN_DIGITS;
		o = &human_opts;
	}
	switch (o->format) {
	case OUT_TSV:
		write_delimited(fp, t, o, '\t');
		break;
	case OUT_TABLE:
		write_aligned(fp, t, o, 0);
		break;
	case OUT_JSON:
		write_json(fp, t, o);
		break;
	case OUT_MARKDOWN:
		write_aligned(fp, t, o, 1);
		break;
	case OUT_XTAB:
		write_xtab(fp, t, o);
		break;
	default:
		write_delimited(fp, t, o, ',');
		break;
	}
	return ferror(fp) ? -1 : 0;
}
