/* pass: select, rename, filter and mutate, streaming rows through. */
#include <ctype.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "expr/pass.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/csvio.h"
#include "io/rows.h"

/* A verb's state during the scan. */
struct pass {
	struct pass_opts *o;
	const struct frame_opts *in;
	struct rows_out	*w;
	size_t		*col;		/* select: the input column of each
					   output column */
	size_t		 ncol;
	char		**name;		/* rename: the header out, owned */
	size_t		 nname;
	size_t		 ncols;		/* mutate: the input's */
	struct expr	**prog;		/* filter: 1; mutate: per assignment */
	char		**target;	/* mutate: their columns, owned */
	size_t		*out;		/* mutate: per output column, the
					   input column j, or ncols + slot */
	size_t		 nout;
	struct expr_val	*val;		/* mutate: per slot, this row */
	struct num_na	 na;
	struct group_table *groups;	/* mutate -k */
	size_t		*key;
	size_t		 nkey;
	const char	**keyv;
	size_t		*keylen;
	unsigned char	*deferred;	/* mutate: per slot, expr_deferred() */
	int		 keep;		/* mutate: rows kept for a second pass */
	struct kept	*kept;
};

/*
 * The rows mutate keeps when a function needs whole groups: their fields
 * back to back, NUL-ended, and per row where it came from and its group.
 */
struct kept {
	char		*buf;
	size_t		 len, cap;
	uint32_t	*flen;		/* per field */
	size_t		 nfield, fieldcap;
	struct {
		size_t	 off;		/* its first field in buf */
		size_t	 line;
		const char *file;
		size_t	 group;
	}		*row;
	size_t		 nrow, rowcap;
};

static void
pass_init(struct pass *p, struct pass_opts *o, const struct frame_opts *in)
{
	memset(p, 0, sizeof(*p));
	p->o = o;
	p->in = in;
	p->w = rows_out_new(o->out, o->delim, o->digits);
	num_na_init(&p->na, in->na);
}

static int
pass_finish(struct pass *p, int rc, struct diag *d)
{
	size_t i;

	if (rc == 0)
		rc = rows_flush(p->w, d);
	rows_out_free(p->w);
	for (i = 0; i < p->nname; i++)
		free(p->name[i]);
	for (i = 0; i < p->o->nexprs && p->prog != NULL; i++) {
		expr_free(p->prog[i]);
		if (p->target != NULL)
			free(p->target[i]);
	}
	free(p->name);
	free(p->prog);
	free(p->target);
	free(p->col);
	free(p->out);
	free(p->val);
	free(p->key);
	free((void *)p->keyv);
	free(p->keylen);
	free(p->deferred);
	if (p->kept != NULL) {
		free(p->kept->buf);
		free(p->kept->flen);
		free(p->kept->row);
		free(p->kept);
	}
	group_table_free(p->groups);
	num_na_release(&p->na);
	return rc;
}

/* Write the header unless the input had none. */
static int
header_out(struct pass *p, char *const *names, size_t n, struct diag *d)
{
	return p->in->no_header ? 0 : rows_header(p->w, names, n, d);
}

/* select */

/* Append add[0..n) to the list *idx of *m (room for *cap). */
static void
append(size_t **idx, size_t *m, size_t *cap, const size_t *add, size_t n)
{
	*idx = xgrow(*idx, cap, *m + n + 1, sizeof(**idx));
	if (n > 0)	/* add may be NULL then */
		memcpy(*idx + *m, add, n * sizeof(*add));
	*m += n;
}

/* Append the columns whose names match pat[0..len), a POSIX ERE. */
static int
add_regex(const char *pat, size_t len, char *const *names, size_t n,
    size_t **idx, size_t *m, size_t *cap, struct diag *d)
{
	char *p = xstrndup(pat, len), buf[128];
	size_t j, before = *m;
	regex_t re;
	int rc = regcomp(&re, p, REG_EXTENDED | REG_NOSUB);

	if (rc != 0) {
		regerror(rc, &re, buf, sizeof(buf));
		diag_set(d, STATUS_USAGE, "/%s/: %s", p, buf);
		free(p);
		return -1;
	}
	for (j = 0; j < n; j++)
		if (regexec(&re, names[j], 0, NULL, 0) == 0)
			append(idx, m, cap, &j, 1);
	regfree(&re);
	if (*m == before) {
		diag_set(d, STATUS_USAGE, "no column matches /%s/", p);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

/*
 * Resolve a select list: cols_parse()'s items, and /regex/ items (which
 * may hold commas) for every name that matches.  On success *idx (the
 * caller frees it) holds *m >= 1 columns, and *not is 1 when the list began
 * with "!" (every column but these).
 */
static int
select_columns(const char *spec, char *const *names, size_t n, size_t **idx,
    size_t *m, int *not, struct diag *d)
{
	const char *s = spec, *e;
	size_t cap = 0, *one, k;
	char *item;
	int rc = 0;

	*idx = NULL;
	*m = 0;
	*not = 0;
	for (k = 0; *s == '!' && k < n && strcmp(names[k], s) != 0; k++)
		;
	if (*s == '!' && k == n) {	/* not a column named "!..." */
		*not = 1;
		s++;
	}
	while (*s != '\0' && rc == 0) {
		if (*s == '/') {
			for (e = s + 1; *e != '\0' && !(*e == '/' &&
			    (e[1] == ',' || e[1] == '\0')); e++)
				;
			if (*e != '/')
				rc = diag_set(d, STATUS_USAGE, "%s: '/' without "
				    "its closing '/'", s);
			else
				rc = add_regex(s + 1, (size_t)(e - s - 1),
				    names, n, idx, m, &cap, d);
			e++;
		} else {
			e = cols_item_end(s);
			item = xstrndup(s, (size_t)(e - s));
			rc = cols_parse(item, names, n, &one, &k, d);
			free(item);
			if (rc == 0) {
				append(idx, m, &cap, one, k);
				free(one);
			}
		}
		s = *e == ',' ? e + 1 : e;
	}
	if (rc == 0 && *m == 0)
		rc = diag_set(d, STATUS_USAGE, "no columns selected");
	if (rc != 0) {
		free(*idx);
		*idx = NULL;
	}
	return rc;
}

static int
select_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct pass *p = ctx;
	size_t *idx, m, j, k;
	char **out;
	int rc, not;

	if (select_columns(p->o->cols, names, n, &idx, &m, &not, d) != 0)
		return -1;
	for (j = 0; j < n; j++)
		mode[j] = CSVIO_SKIP;
	if (p->o->exclude != not) {
		unsigned char *drop = xcalloc(n ? n : 1, 1);

		for (k = 0; k < m; k++)
			drop[idx[k]] = 1;
		p->col = xcalloc(n ? n : 1, sizeof(*p->col));
		for (j = 0; j < n; j++)
			if (!drop[j])
				p->col[p->ncol++] = j;
		free(drop);
		free(idx);
	} else {
		p->col = idx;
		p->ncol = m;
	}
	if (p->ncol == 0)
		return diag_set(d, STATUS_USAGE, "no columns left");
	out = xcalloc(p->ncol ? p->ncol : 1, sizeof(*out));
	for (k = 0; k < p->ncol; k++) {
		mode[p->col[k]] = CSVIO_TEXT;
		out[k] = names[p->col[k]];
	}
	rc = header_out(p, out, p->ncol, d);
	free(out);
	return rc;
}

static int
select_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct pass *p = ctx;
	size_t k;

	for (k = 0; k < p->ncol; k++)
		rows_cell(p->w, row->field[p->col[k]], row->len[p->col[k]]);
	return rows_end(p->w, d);
}

int
pass_select(int nfiles, char **files, const struct frame_opts *in,
    struct pass_opts *o, struct diag *d)
{
	static const struct frame_scan_fns fns = { select_header, select_row };
	struct pass p;

	pass_init(&p, o, in);
	return pass_finish(&p, frame_scan(nfiles, files, in, &fns, &p, d), d);
}

/* rename */

static int
rename_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct pass *p = ctx;
	const char *s = p->o->renames;
	size_t j, k;

	(void)mode;
	p->name = xcalloc(n ? n : 1, sizeof(*p->name));
	p->nname = n;
	for (j = 0; j < n; j++)
		p->name[j] = xstrdup(names[j]);
	while (*s != '\0') {
		const char *e = strchr(s, ','), *eq;
		char *old;
		size_t *idx, m;

		e = e != NULL ? e : s + strlen(s);
		eq = memchr(s, '=', (size_t)(e - s));
		if (eq == NULL || eq == s || eq + 1 == e)
			return diag_set(d, STATUS_USAGE, "\"%.*s\" is not "
			    "old=new", (int)(e - s), s);
		old = xstrndup(s, (size_t)(eq - s));
		if (cols_parse(old, names, n, &idx, &m, d) != 0) {
			free(old);
			return -1;
		}
		free(old);
		free(p->name[idx[0]]);
		p->name[idx[0]] = xstrndup(eq + 1, (size_t)(e - eq - 1));
		free(idx);
		s = *e == ',' ? e + 1 : e;
	}
	for (j = 0; j < n; j++)
		for (k = j + 1; k < n; k++)
			if (strcmp(p->name[j], p->name[k]) == 0)
				return diag_set(d, STATUS_USAGE, "two columns "
				    "would be named \"%s\" (%zu and %zu)",
				    p->name[j], j + 1, k + 1);
	return header_out(p, p->name, n, d);
}

static int
copy_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct pass *p = ctx;
	size_t j;

	for (j = 0; j < row->n; j++)
		rows_cell(p->w, row->field[j], row->len[j]);
	return rows_end(p->w, d);
}

int
pass_rename(int nfiles, char **files, const struct frame_opts *in,
    struct pass_opts *o, struct diag *d)
{
	static const struct frame_scan_fns fns = { rename_header, copy_row };
	struct pass p;

	pass_init(&p, o, in);
	return pass_finish(&p, frame_scan(nfiles, files, in, &fns, &p, d), d);
}

/* filter and mutate: expressions compiled against the header */

static void
env_init(struct pass *p, struct expr_env *env, char *const *names, size_t n)
{
	memset(env, 0, sizeof(*env));
	env->names = names;
	env->ncols = n;
	env->vars = p->o->vars;
	env->nvars = p->o->nvars;
	env->na = &p->na;
}

/* Columns read as numbers are parsed by the reader's threads. */
static void
set_modes(struct expr *e, unsigned char *mode, size_t n)
{
	unsigned char *m = xcalloc(n ? n : 1, 1);
	size_t j;

	expr_columns(e, m, n);
	for (j = 0; j < n; j++)
		if (m[j] & 1)
			mode[j] = CSVIO_NUMBER;
	free(m);
}

static int
filter_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct pass *p = ctx;
	struct expr_env env;

	env_init(p, &env, names, n);
	env.boolean = 1;
	p->prog = xcalloc(1, sizeof(*p->prog));
	if (expr_compile(p->o->exprs[0], p->o->source, 0, &env, &p->prog[0],
	    NULL, d) != 0)
		return -1;
	set_modes(p->prog[0], mode, n);
	return header_out(p, names, n, d);
}

static int
filter_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct pass *p = ctx;
	struct expr_val v;
	int t;

	if (expr_eval(p->prog[0], row, NULL, 0, &v, d) != 0)
		return -1;
	if ((t = expr_truth(&v)) < 0) {
		p->o->na_rows++;
		return 0;
	}
	if (t == !p->o->invert)
		return copy_row(ctx, row, d);
	return 0;
}

int
pass_filter(int nfiles, char **files, const struct frame_opts *in,
    struct pass_opts *o, struct diag *d)
{
	static const struct frame_scan_fns fns = { filter_header, filter_row };
	struct pass p;

	o->na_rows = 0;
	o->nexprs = 1;
	pass_init(&p, o, in);
	return pass_finish(&p, frame_scan(nfiles, files, in, &fns, &p, d), d);
}

static int
mutate_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct pass *p = ctx;
	struct expr_env env;
	size_t k, j, nexprs = p->o->nexprs;
	char **hdr;
	int rc;

	p->ncols = n;
	p->prog = xcalloc(nexprs, sizeof(*p->prog));
	p->target = xcalloc(nexprs, sizeof(*p->target));
	p->val = xcalloc(nexprs, sizeof(*p->val));
	p->out = xcalloc(n + nexprs, sizeof(*p->out));
	for (j = 0; j < n; j++)
		p->out[j] = j;
	p->nout = n;
	env_init(p, &env, names, n);
	env.window = 1;
	env.cnames = p->target;
	p->deferred = xcalloc(nexprs, 1);
	env.cdeferred = p->deferred;
	for (k = 0; k < nexprs; k++) {
		env.ncomputed = k;
		if (expr_compile(p->o->exprs[k], p->o->source, 1, &env,
		    &p->prog[k], &p->target[k], d) != 0)
			return -1;
		p->deferred[k] = (unsigned char)expr_deferred(p->prog[k]);
		p->keep |= p->deferred[k];
		set_modes(p->prog[k], mode, n);
		/* in place of a column of that name, or at the end */
		for (j = 0; j < p->nout; j++) {
			const char *name = p->out[j] < n ? names[p->out[j]] :
			    p->target[p->out[j] - n];

			if (strcmp(name, p->target[k]) == 0)
				break;
		}
		p->out[j] = n + k;
		if (j == p->nout)
			p->nout++;
	}
	if (p->o->keys != NULL) {
		if (cols_parse(p->o->keys, names, n, &p->key, &p->nkey, d) != 0)
			return -1;
		p->groups = group_table_new(p->nkey);
		p->keyv = xcalloc(p->nkey, sizeof(*p->keyv));
		p->keylen = xcalloc(p->nkey, sizeof(*p->keylen));
	}
	hdr = xcalloc(p->nout, sizeof(*hdr));
	for (j = 0; j < p->nout; j++)
		hdr[j] = p->out[j] < n ? names[p->out[j]] :
		    p->target[p->out[j] - n];
	rc = header_out(p, hdr, p->nout, d);
	free(hdr);
	return rc;
}

/* A computed value: a cell's text as read, or formatted. */
static void
put_value(struct rows_out *w, const struct expr_val *v)
{
	if (v->s != NULL && v->t != EXPR_BOOL)
		rows_cell(w, v->s, v->len);
	else if (v->t == EXPR_NUM)
		rows_num(w, v->x);
	else if (v->t == EXPR_BOOL)
		rows_cell(w, v->x != 0 ? "true" : "false", v->x != 0 ? 4 : 5);
	else
		rows_na(w);
}

/* Keep a row for the second pass. */
static void
keep_row(struct kept *kp, const struct frame_row *row, size_t g)
{
	size_t j;

	kp->row = xgrow(kp->row, &kp->rowcap, kp->nrow + 1, sizeof(*kp->row));
	kp->row[kp->nrow].off = kp->len;
	kp->row[kp->nrow].line = row->line;
	kp->row[kp->nrow].file = row->file;
	kp->row[kp->nrow++].group = g;
	kp->flen = xgrow(kp->flen, &kp->fieldcap, kp->nfield + row->n,
	    sizeof(*kp->flen));
	for (j = 0; j < row->n; j++) {
		kp->buf = xgrow(kp->buf, &kp->cap, kp->len + row->len[j] + 1, 1);
		memcpy(kp->buf + kp->len, row->field[j], row->len[j] + 1);
		kp->len += row->len[j] + 1;
		kp->flen[kp->nfield++] = row->len[j];
	}
}

/* Evaluate the assignments on a row of group g and write it. */
static int
mutate_out(struct pass *p, const struct frame_row *row, size_t g,
    struct diag *d)
{
	size_t k, j;

	for (k = 0; k < p->o->nexprs; k++)
		if (expr_eval(p->prog[k], row, p->val, g, &p->val[k], d) != 0)
			return -1;
	for (j = 0; j < p->nout; j++) {
		size_t c = p->out[j];

		if (c < p->ncols)
			rows_cell(p->w, row->field[c], row->len[c]);
		else
			put_value(p->w, &p->val[c - p->ncols]);
	}
	return rows_end(p->w, d);
}

static int
mutate_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct pass *p = ctx;
	size_t k, j, g = 0;

	if (p->groups != NULL) {
		for (k = 0; k < p->nkey; k++) {
			j = p->key[k];
			p->keyv[k] = num_na_match(&p->na, row->field[j],
			    row->len[j]) ? NULL : row->field[j];
			p->keylen[k] = row->len[j];
		}
		g = group_table_id(p->groups, p->keyv, p->keylen);
	}
	if (!p->keep)
		return mutate_out(p, row, g, d);
	/* the first pass: values recorded, nothing written */
	if (p->kept == NULL)
		p->kept = xcalloc(1, sizeof(*p->kept));
	keep_row(p->kept, row, g);
	for (k = 0; k < p->o->nexprs; k++)
		if (expr_eval(p->prog[k], row, p->val, g, &p->val[k], d) != 0)
			return -1;
	return 0;
}

/* The second pass over the kept rows, with whole groups' values. */
static int
mutate_replay(struct pass *p, struct diag *d)
{
	struct kept *kp = p->kept;
	struct frame_row row;
	char **field = xcalloc(p->ncols + 1, sizeof(*field));
	size_t i, j, f = 0;
	int rc = 0;

	for (i = 0; i < p->o->nexprs; i++)
		expr_replay(p->prog[i]);
	memset(&row, 0, sizeof(row));
	row.field = field;
	row.n = p->ncols;
	for (i = 0; kp != NULL && i < kp->nrow && rc == 0; i++) {
		char *s = kp->buf + kp->row[i].off;

		for (j = 0; j < p->ncols; j++) {
			field[j] = s;
			s += kp->flen[f + j] + 1;
		}
		row.len = kp->flen + f;
		row.line = kp->row[i].line;
		row.file = kp->row[i].file;
		f += p->ncols;
		if ((rc = mutate_out(p, &row, kp->row[i].group, d)) != 0)
			diag_at(d, row.file, row.line, d->column);
	}
	free(field);
	return rc;
}

int
pass_mutate(int nfiles, char **files, const struct frame_opts *in,
    struct pass_opts *o, struct diag *d)
{
	static const struct frame_scan_fns fns = { mutate_header, mutate_row };
	struct pass p;
	int rc;

	pass_init(&p, o, in);
	rc = frame_scan(nfiles, files, in, &fns, &p, d);
	if (rc == 0 && p.keep)
		rc = mutate_replay(&p, d);
	return pass_finish(&p, rc, d);
}

int
pass_var(char *arg, struct expr_var *v)
{
	char *eq = strchr(arg, '=');
	const char *s;

	if (eq == NULL || eq == arg)
		return -1;
	for (s = arg; s < eq; s++)
		if (!(isalpha((unsigned char)*s) || *s == '_' ||
		    (s > arg && (isdigit((unsigned char)*s) || *s == '.'))))
			return -1;
	*eq = '\0';
	v->name = arg;
	v->value = eq + 1;
	return 0;
}
