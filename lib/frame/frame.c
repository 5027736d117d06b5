/* frame: a columnar table read from CSV: text arena, numbers, factors. */
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/csvio.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "core/cols.h"
#include "frame/group_table.h"
#include "io/out.h"
#include "core/xalloc.h"

/* The state of a scan over several files. */
struct scan {
	const struct frame_scan_fns *fns;
	void		*ctx;
	const char	*file;		/* the file being read */
	int		 header_seen;	/* this file's header was read */
	size_t		 nrec;		/* records of this file */
	int		 no_header;
	const char	*given;		/* --names, with no_header */
	char		**names;	/* the first file's header, owned */
	size_t		 ncols;		/* 0 until the first record */
	unsigned char	*mode;		/* CSVIO_TEXT ... a column */
	int		 asked;		/* this file's reader has mode */
	int		 delim_given;	/* -d or --tsv was given */
	struct num_na	 na;
};

/*
 * A header of one field holding a semicolon, tab or bar, read with the
 * default comma: the file's delimiter is another, say which (rather than
 * read one text column).  Given with -d ',', it stands.
 */
static int
other_delim(const struct scan *s, const struct csvio_record *rec,
    struct diag *d)
{
	const char *c, *file = strcmp(s->file, "-") == 0 ? "stdin" : s->file;

	if (s->delim_given || rec->n != 1 ||
	    (c = strpbrk(rec->field[0], ";\t|")) == NULL)
		return 0;
	/* a usage error (the option is wrong), so the file is in the text */
	if (*c == '\t')
		return diag_set(d, STATUS_USAGE, "%s: the header is one field "
		    "holding tabs: did you mean --tsv?", file);
	return diag_set(d, STATUS_USAGE, "%s: the header is one field "
	    "holding '%c': did you mean -d '%c'?", file, *c, *c);
}

static int
by_name(const void *a, const void *b, void *names)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = strcmp(((char **)names)[i], ((char **)names)[j]);

	return c != 0 ? c : (i > j) - (i < j);
}

/*
 * Warn of each header name that more than one column has, naming its
 * first two positions: such a column can be named only by its number.
 */
static void
warn_duplicates(const char *file, char *const *names, size_t n)
{
	size_t *ix = xcalloc(n ? n : 1, sizeof(*ix)), j;

	for (j = 0; j < n; j++)
		ix[j] = j;
	qsort_r(ix, n, sizeof(*ix), by_name, (void *)names);
	for (j = 1; j < n; j++) {
		const char *a = names[ix[j - 1]], *b = names[ix[j]];

		if (strcmp(a, b) != 0 ||
		    (j > 1 && strcmp(names[ix[j - 2]], b) == 0))
			continue;	/* (a third one: warned of) */
		diag_warn("%s: columns %zu and %zu are both named \"%s\": "
		    "refer to them by number", file, ix[j - 1] + 1, ix[j] + 1,
		    b);
	}
	free(ix);
}

static int
set_names(struct scan *s, char *const *fields, size_t n, struct diag *d)
{
	const char *p = s->given, *q;
	char buf[32];
	size_t j;

	s->names = xcalloc(n ? n : 1, sizeof(*s->names));
	s->ncols = n;
	for (j = 0; j < n; j++) {
		if (fields != NULL)
			s->names[j] = xstrdup(fields[j]);
		else if (p != NULL) {	/* --names: one a field */
			q = strchr(p, ',');
			if (q == NULL)
				q = p + strlen(p);
			s->names[j] = xstrndup(p, q - p);
			p = *q != '\0' ? q + 1 : NULL;
			if (p == NULL && j + 1 < n)
				return diag_set(d, STATUS_DATA, "--names gives "
				    "%zu names for %zu fields", j + 1, n);
		} else {
			snprintf(buf, sizeof(buf), "%zu", j + 1);
			s->names[j] = xstrdup(buf);
		}
	}
	if (fields != NULL)
		warn_duplicates(strcmp(s->file, "-") == 0 ? "stdin" : s->file,
		    s->names, n);
	s->mode = xcalloc(n ? n : 1, 1);	/* CSVIO_TEXT */
	if (p != NULL)
		return diag_set(d, STATUS_DATA, "--names gives more names than "
		    "the %zu fields", n);
	return s->fns->header(s->ctx, s->names, n, s->mode, d);
}

/* Tell this file's reader, once the columns are known, what to make of
 * each of them. */
static void
ask_columns(struct scan *s, const struct csvio_record *rec)
{
	if (!s->asked && s->mode != NULL) {
		csvio_columns(rec->reader, s->mode, s->ncols, &s->na);
		s->asked = 1;
	}
}

static int
scan_record(void *ctx, const struct csvio_record *rec, struct diag *d)
{
	struct scan *s = ctx;
	struct frame_row row;
	size_t j;

	s->nrec++;
	ask_columns(s, rec);
	if (!s->header_seen && !s->no_header) {
		s->header_seen = 1;
		if (s->names == NULL) {
			if (other_delim(s, rec, d) != 0 ||
			    set_names(s, rec->field, rec->n, d) != 0)
				return -1;
			ask_columns(s, rec);
			return 0;
		}
		if (rec->n != s->ncols)
			return diag_set(d, STATUS_DATA, "header has %zu fields, "
			    "the first file's has %zu", rec->n, s->ncols);
		for (j = 0; j < rec->n; j++)
			if (strcmp(rec->field[j], s->names[j]) != 0)
				return diag_set(d, STATUS_DATA, "header field "
				    "%zu is \"%s\", the first file's is \"%s\"",
				    j + 1, rec->field[j], s->names[j]);
		return 0;
	}
	if (s->names == NULL) {
		if (set_names(s, NULL, rec->n, d) != 0)
			return -1;
		ask_columns(s, rec);
	}
	if (rec->n != s->ncols)
		return diag_set(d, STATUS_DATA, "%zu fields, expected %zu",
		    rec->n, s->ncols);
	row.field = rec->field;
	row.len = rec->len;
	row.num = rec->num;
	row.rec = rec;
	row.n = rec->n;
	row.line = rec->line;
	row.file = s->file;
	return s->fns->row(s->ctx, &row, d);
}

int
frame_scan(int nfiles, char **files, const struct frame_opts *o,
    const struct frame_scan_fns *fns, void *ctx, struct diag *d)
{
	static char *stdin_only[] = { "-" };
	struct csvio_opts copts = { .delim = o->delim ? o->delim : ',',
	    .progress = o->progress, .threads = o->threads,
	    .shard = o->shard, .nshard = o->nshard,
	    .shard_header = !o->no_header, .whitespace = o->whitespace };
	struct scan s;
	size_t j;
	int i, rc = -1, stdin_read = 0;

	if (nfiles == 0) {
		nfiles = 1;
		files = stdin_only;
	}
	memset(&s, 0, sizeof(s));
	s.fns = fns;
	s.ctx = ctx;
	s.no_header = o->no_header;
	s.delim_given = o->delim_given;
	s.given = o->no_header ? o->names : NULL;
	if (o->names != NULL && !o->no_header)
		return diag_set(d, STATUS_USAGE, "--names needs --no-header");
	if (o->nshard > 0 && (nfiles != 1 || strcmp(files[0], "-") == 0))
		return diag_set(d, STATUS_USAGE, "--shard reads one file, not "
		    "%s", nfiles == 0 || nfiles == 1 ? "stdin" : "several");
	num_na_init(&s.na, o->na);
	for (i = 0; i < nfiles; i++) {
		FILE *in = stdin;

		/* stdin is read once: a second "-" is empty, as in cat - - */
		if (strcmp(files[i], "-") == 0 && stdin_read++)
			continue;
		s.file = o->shown != NULL ? o->shown[i] : files[i];
		if (strcmp(files[i], "-") != 0 &&
		    (in = fopen(files[i], "r")) == NULL) {
			diag_set(d, STATUS_DATA, "cannot open: %s",
			    strerror(errno));
			diag_at(d, s.file, 0, NULL);
			rc = -1;	/* not an earlier file's 0 */
			goto out;
		}
		s.header_seen = s.asked = 0;
		s.nrec = 0;
		rc = csvio_read(in, s.file, &copts, scan_record, &s, d);
		if (in != stdin)
			fclose(in);
		if (rc != 0) {
			if (d->status == STATUS_USAGE)	/* not about a line */
				diag_at(d, NULL, 0, NULL);
			goto out;
		}
		/* an empty file is an error wherever it comes */
		if (s.nrec == 0) {
			rc = diag_set(d, STATUS_DATA, "empty input%s",
			    s.no_header ? "" : ": no header line");
			diag_at(d, s.file, 0, NULL);
			goto out;
		}
	}
	rc = 0;
out:
	for (j = 0; j < s.ncols; j++)
		free(s.names[j]);
	free(s.names);
	free(s.mode);
	num_na_release(&s.na);
	return rc;
}

/* A frame being loaded, and what is kept of it. */
struct load {
	struct frame		*f;
	const struct frame_opts	*o;
};

static int
load_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct load *l = ctx;
	struct frame *f = l->f;
	unsigned char *keep = NULL;
	size_t j;

	f->col = xcalloc(n ? n : 1, sizeof(*f->col));
	f->ncols = n;
	for (j = 0; j < n; j++)
		f->col[j].name = xstrdup(names[j]);
	if (l->o->keep != NULL) {
		keep = xcalloc(n ? n : 1, 1);
		if (l->o->keep(l->o->keep_arg, names, n, keep, d) != 0) {
			free(keep);
			return -1;
		}
		for (j = 0; j < n; j++) {
			f->col[j].dropped = !keep[j];
			f->col[j].as_num = keep[j] == FRAME_KEEP_NUM;
			f->col[j].as_factor = keep[j] == FRAME_KEEP_FACTOR;
			if (f->col[j].as_factor)
				f->col[j].levels = group_table_new(1);
			mode[j] = f->col[j].dropped ? CSVIO_SKIP :
			    f->col[j].as_num ? CSVIO_NUMBER : CSVIO_TEXT;
			/* as_num: the type of the values so far */
			if (f->col[j].as_num)
				f->col[j].type = FRAME_EMPTY;
		}
		free(keep);
	}
	return 0;
}

/*
 * Store a value of an as_num column (FRAME_KEEP_NUM), as frame_numeric()
 * would convert it.  The first value that is not a number ends that: the
 * column becomes text from there if nothing came before it (every earlier
 * cell missing), or a TEXT column that keeps only that value otherwise.
 */
static void
load_num(struct frame *f, struct frame_col *c, const char *s, size_t len,
    const struct csvio_num *ahead)
{
	size_t i, row = f->nrows;
	int isint, rc;

	if (ahead != NULL) {	/* read by the parsing thread */
		rc = ahead->rc;
		c->num[row] = ahead->x;
		c->rel[row] = ahead->rel;
		isint = ahead->isint;
	} else
		rc = num_parse(s, len, &c->num[row], &c->rel[row], &isint);
	if (rc == 0) {
		c->type = !isint ? FRAME_FLOAT : c->type == FRAME_EMPTY ?
		    FRAME_INTEGER : c->type;
		return;
	}
	free(c->num);
	free(c->rel);
	c->num = NULL;
	c->rel = NULL;
	if (c->type == FRAME_EMPTY) {	/* text: store it after all */
		c->as_num = 0;
		c->type = FRAME_UNKNOWN;
		c->cell = xmalloc(f->row_cap * sizeof(*c->cell));
		for (i = 0; i < row; i++)
			c->cell[i] = FRAME_NA;
		return;
	}
	c->type = FRAME_TEXT;
	c->looks_numeric = 1;
	c->bad_row = row;
	c->bad_rc = rc;
	c->bad_text = xstrdup(s);
}

/* The code of a factor's level, a new one if need be. */
static uint32_t
level_code(struct frame_col *c, const char *s, size_t len)
{
	/* 2^32 - 1 levels would not fit in memory before the codes run out */
	return (uint32_t)group_table_id(c->levels, &s, &len);
}

/* A cell's text into the arena; its offset. */
static size_t
keep_cell(struct frame *f, const char *s, size_t len)
{
	size_t off = f->arena_len;

	f->arena = xgrow(f->arena, &f->arena_cap, off + len + 1, 1);
	memcpy(f->arena + off, s, len + 1);
	f->arena_len += len + 1;
	return off;
}

static int
load_row(void *ctx, const struct frame_row *rec, struct diag *d)
{
	struct frame *f = ((struct load *)ctx)->f;
	size_t j, row = f->nrows;

	(void)d;
	if (row == f->row_cap) {
		size_t cap = row ? 2 * row : 256;

		for (j = 0; j < f->ncols; j++) {
			struct frame_col *c = &f->col[j];

			if (c->as_factor)
				c->code = xrealloc(c->code,
				    cap * sizeof(*c->code));
			else if (!c->dropped && !c->as_num)
				c->cell = xrealloc(c->cell,
				    cap * sizeof(*c->cell));
			if (c->as_num && c->type != FRAME_TEXT) {
				c->num = xrealloc(c->num,
				    cap * sizeof(*c->num));
				c->rel = xrealloc(c->rel,
				    cap * sizeof(*c->rel));
			}
		}
		f->row_cap = cap;
	}
	/* a new run: another file (frame_scan() passes each file's name as
	 * one pointer), or a line that does not follow the last row's */
	if (f->nsrc == 0 || f->src[f->nsrc - 1].file != rec->file ||
	    f->src[f->nsrc - 1].line + (row - f->src[f->nsrc - 1].first_row) !=
	    rec->line) {
		f->src = xgrow(f->src, &f->src_cap, f->nsrc + 1,
		    sizeof(*f->src));
		f->src[f->nsrc].file = rec->file;
		f->src[f->nsrc].line = rec->line;
		f->src[f->nsrc++].first_row = row;
	}
	for (j = 0; j < f->ncols; j++) {
		struct frame_col *c = &f->col[j];
		size_t len = rec->len[j];
		/* as_num: read as a number (load_header) */
		const struct csvio_num *ahead = c->as_num && rec->num != NULL ?
		    &rec->num[j] : NULL;

		if (c->dropped)
			continue;
		if (ahead != NULL ? ahead->rc == CSVIO_NUM_MISSING :
		    num_na_match(&f->na, rec->field[j], len)) {
			c->nmissing++;
			if (c->as_factor)
				c->code[row] = FRAME_NA_CODE;
			else if (!c->as_num)	/* kept as written */
				c->cell[row] = len == 0 ? FRAME_NA :
				    FRAME_NA_TEXT | keep_cell(f, rec->field[j],
				    len);
			else if (c->type != FRAME_TEXT) {
				c->num[row] = NAN;
				c->rel[row] = 0;
			}
			continue;
		}
		if (c->as_num) {
			if (c->type != FRAME_TEXT)
				load_num(f, c, rec->field[j], len, ahead);
			if (c->as_num)
				continue;
		}
		if (c->as_factor) {
			c->code[row] = level_code(c, rec->field[j], len);
			continue;
		}
		c->cell[row] = keep_cell(f, rec->field[j], len);
	}
	f->nrows++;
	return 0;
}

int
frame_read(int nfiles, char **files, const struct frame_opts *o,
    struct frame **fp, struct diag *d)
{
	static const struct frame_scan_fns fns = { load_header, load_row };
	struct frame *f = xcalloc(1, sizeof(*f));
	struct load l = { f, o };

	num_na_init(&f->na, o->na);
	if (frame_scan(nfiles, files, o, &fns, &l, d) != 0) {
		frame_free(f);
		return -1;
	}
	*fp = f;
	return 0;
}

void
frame_free(struct frame *f)
{
	size_t j;

	if (f == NULL)
		return;
	for (j = 0; j < f->ncols; j++) {
		free(f->col[j].name);
		free(f->col[j].cell);
		free(f->col[j].num);
		free(f->col[j].rel);
		free(f->col[j].bad_text);
		free(f->col[j].code);
		group_table_free(f->col[j].levels);
	}
	free(f->col);
	free(f->src);
	free(f->arena);
	num_na_release(&f->na);
	free(f);
}

void
frame_drop(struct frame *f, size_t col, int rel_only)
{
	struct frame_col *c = &f->col[col];

	free(c->rel);
	c->rel = NULL;
	if (rel_only)
		return;
	free(c->num);
	c->num = NULL;
	c->dropped = 1;		/* frame_text() and frame_numeric() assert */
}

const char *
frame_text(const struct frame *f, size_t col, size_t row)
{
	const struct frame_col *c = &f->col[col];
	size_t off;

	/* the command did not keep it, or kept only its numbers */
	assert(!c->dropped && !c->as_num);
	if (c->as_factor)
		return c->code[row] == FRAME_NA_CODE ? NULL :
		    group_table_key(c->levels, c->code[row], 0);
	off = c->cell[row];

	return off & FRAME_NA_TEXT ? NULL : f->arena + off;
}

void
frame_out_cell(const struct frame *f, size_t j, size_t i, int num,
    struct out_table *t, size_t row, size_t col)
{
	const struct frame_col *c = &f->col[j];
	const char *s = NULL;

	if (num && c->as_num)	/* read as numbers: no text kept */
		out_num(t, row, col, c->num[i]);
	else if (num || (s = frame_text(f, j, i)) == NULL)
		out_raw(t, row, col, num ? c->num[i] : NAN, frame_raw(f, j, i));
	else
		out_text(t, row, col, s);
}

const char *
frame_raw(const struct frame *f, size_t col, size_t row)
{
	const struct frame_col *c = &f->col[col];
	const char *s;

	assert(!c->dropped && !c->as_num);
	if (c->as_factor)
		return (s = frame_text(f, col, row)) != NULL ? s : "";
	return c->cell[row] == FRAME_NA ? "" :
	    f->arena + (c->cell[row] & ~FRAME_NA_TEXT);
}

void
frame_factor(struct frame *f, size_t col)
{
	struct frame_col *c = &f->col[col];
	size_t i;

	assert(!c->dropped && !c->as_num);
	if (c->levels != NULL)
		return;
	c->levels = group_table_new(1);
	c->code = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*c->code));
	for (i = 0; i < f->nrows; i++) {
		const char *s = frame_text(f, col, i);

		c->code[i] = s == NULL ? FRAME_NA_CODE :
		    level_code(c, s, strlen(s));
	}
}

int
frame_cols(const struct frame *f, const char *spec, size_t **idx,
    struct diag *d)
{
	char **names = xmalloc((f->ncols ? f->ncols : 1) * sizeof(*names));
	size_t j, n;
	int rc;

	for (j = 0; j < f->ncols; j++)
		names[j] = f->col[j].name;
	rc = cols_parse(spec, names, f->ncols, idx, &n, d);
	free(names);
	return rc != 0 ? -1 : (int)n;
}

int
frame_col1(const struct frame *f, const char *spec, const char *why,
    size_t *col, struct diag *d)
{
	size_t *k;
	int n = frame_cols(f, spec, &k, d);

	if (n < 0)
		return -1;
	if (n == 1)
		*col = k[0];
	free(k);
	return n == 1 ? 0 : diag_set(d, STATUS_USAGE, "%s", why);
}

size_t
frame_numeric_cols(struct frame *f, size_t **idx)
{
	struct diag d;
	size_t j, n = 0;

	*idx = xmalloc((f->ncols ? f->ncols : 1) * sizeof(**idx));
	for (j = 0; j < f->ncols; j++)
		if (frame_numeric(f, j, &d) == 0 &&
		    f->col[j].type != FRAME_EMPTY)
			(*idx)[n++] = j;
	return n;
}

void
frame_where(const struct frame *f, size_t row, struct diag *d)
{
	size_t lo = 0, hi = f->nsrc;

	/* the last run whose first row is <= row */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (f->src[mid].first_row <= row)
			lo = mid;
		else
			hi = mid;
	}
	d->file = f->nsrc ? f->src[lo].file : NULL;
	d->line = row < f->nrows ? f->src[lo].line + (row -
	    f->src[lo].first_row) : 0;
}

int
frame_numeric(struct frame *f, size_t j, struct diag *d)
{
	struct frame_col *c = &f->col[j];
	size_t i;
	int allint = 1, seen = 0;

	assert(!c->dropped);	/* the command did not keep it */
	if (c->type == FRAME_UNKNOWN) {
		double *num = xmalloc(f->nrows * sizeof(*num));
		float *rel = xmalloc(f->nrows * sizeof(*rel));

		c->type = FRAME_TEXT;
		for (i = 0; i < f->nrows; i++) {
			const char *s = frame_text(f, j, i);
			int isint, rc;

			if (s == NULL) {
				num[i] = NAN;
				rel[i] = 0;
				continue;
			}
			rc = num_parse(s, strlen(s), &num[i], &rel[i], &isint);
			if (rc != 0) {
				c->looks_numeric = seen;
				c->bad_row = i;
				c->bad_rc = rc;
				free(num);
				free(rel);
				goto done;
			}
			seen = 1;
			allint &= isint;
		}
		c->num = num;
		c->rel = rel;
		c->type = !seen ? FRAME_EMPTY : allint ? FRAME_INTEGER :
		    FRAME_FLOAT;
	}
done:
	if (c->type != FRAME_TEXT)
		return 0;
	diag_set(d, STATUS_DATA, "\"%s\" is %s", c->as_num ? c->bad_text :
	    frame_text(f, j, c->bad_row), c->bad_rc == NUM_RANGE ?
	    "out of range" : "not a number");
	frame_where(f, c->bad_row, d);
	d->column = c->name;
	return -1;
}

const char *
frame_type_name(enum frame_type t)
{
	switch (t) {
	case FRAME_EMPTY:
		return "empty";
	case FRAME_INTEGER:
		return "integer";
	case FRAME_FLOAT:
		return "float";
	case FRAME_TEXT:
		return "text";
	default:
		return "";
	}
}
