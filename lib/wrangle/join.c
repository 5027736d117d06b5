/*
 * join: the smaller input in a hash table of its keys (frame/group's key
 * table, each key's rows chained in file order), the other streamed; or,
 * with --sorted, both inputs pulled side by side and merged.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/rows.h"
#include "wrangle/join.h"
#include "wrangle/pull.h"
#include "wrangle/rowbuf.h"
#include "wrangle/sortkey.h"

#define NONE	((size_t)-1)

/* One input. */
struct side {
	const char	*file;
	const char	*keyspec;	/* its key columns */
	char		**names;	/* header, owned */
	size_t		 ncols;
	size_t		*key;		/* key column indexes */
	size_t		 nkeys;
	unsigned char	*skip;		/* per column: not written (the right
					   keys of -k) */
	char		**outname;	/* per column: name written, owned */
};

struct joiner {
	const struct join_opts	*o;
	struct num_na		 na;
	struct side		 side[2];	/* left, right */
	int			 hashed;	/* the side held: 0 or 1 */
	struct rowbuf		 rb;		/* its rows */
	size_t			*line;		/* per held row */
	size_t			 linecap;
	int			*numeric;	/* per key: held keys all numbers */
	struct group_table	*gt;		/* held keys -> ids */
	size_t			*first, *last;	/* per id: its rows' chain */
	size_t			*next;		/* per held row */
	unsigned char		*matched;	/* per held row */
	struct group_table	*seen;		/* --validate: streamed keys */
	size_t			*seen_line;
	size_t			 seen_cap;
	struct rows_out		*w;
	const char		**hf;		/* a held row's fields */
	uint32_t		*hl;
	double			*kx;		/* a key tuple: numbers, */
	const char		**kp;		/* pointers and lengths */
	size_t			*kl;
	size_t			 streamed_rows;
};

static const char *const merge_name[] = { "left_only", "right_only",
	"both" };

int
join_parse_how(const char *s, enum join_how *how)
{
	static const char *const names[] = { "inner", "left", "right", "full",
	    "semi", "anti" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*how = (enum join_how)i;
			return 0;
		}
	if (strcmp(s, "outer") == 0) {	/* pandas' name */
		*how = JOIN_FULL;
		return 0;
	}
	return -1;
}

int
join_parse_validate(const char *s, enum join_validate *v)
{
	static const char *const names[] = { "m:m", "1:1", "1:m", "m:1" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*v = (enum join_validate)i;
			return 0;
		}
	return -1;
}

/* Must side's keys be unique (--validate)? */
static int
must_be_unique(const struct joiner *j, int side)
{
	enum join_validate v = j->o->validate;

	return v == JOIN_1_1 || (side == 0 ? v == JOIN_1_M : v == JOIN_M_1);
}

/* Does the held side's row appear in the output when unmatched? */
static int
keeps_unmatched(const struct joiner *j, int side)
{
	enum join_how h = j->o->how;

	if (h == JOIN_FULL)
		return 1;
	return side == 0 ? h == JOIN_LEFT : h == JOIN_RIGHT;
}

/* The header of one side: names and key columns. */
static int
side_header(struct joiner *j, int s, char *const *names, size_t n,
    struct diag *d)
{
	struct side *sd = &j->side[s];
	size_t c;

	if (cols_parse(sd->keyspec, names, n, &sd->key, &sd->nkeys, d) != 0) {
		char msg[sizeof(d->msg)];

		/* say which input lacks it */
		snprintf(msg, sizeof(msg), "%s input %.64s: %.400s", s ? "right" :
		    "left", sd->file, d->msg);
		snprintf(d->msg, sizeof(d->msg), "%s", msg);
		return -1;
	}
	sd->names = xcalloc(n ? n : 1, sizeof(*sd->names));
	sd->skip = xcalloc(n ? n : 1, 1);
	sd->ncols = n;
	for (c = 0; c < n; c++)
		sd->names[c] = xstrdup(names[c]);
	return 0;
}

static int
held_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct joiner *j = ctx;
	size_t k;

	(void)mode;
	if (side_header(j, j->hashed, names, n, d) != 0)
		return -1;
	rowbuf_init(&j->rb, n);
	j->numeric = xcalloc(j->side[j->hashed].nkeys + 1, sizeof(int));
	for (k = 0; k < j->side[j->hashed].nkeys; k++)
		j->numeric[k] = 1;
	return 0;
}

static int
held_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct joiner *j = ctx;
	const struct side *sd = &j->side[j->hashed];
	size_t k, i;
	double x;

	(void)d;
	i = rowbuf_add(&j->rb, row->field, row->len);
	j->line = xgrow(j->line, &j->linecap, i + 1, sizeof(*j->line));
	j->line[i] = row->line;
	for (k = 0; k < sd->nkeys; k++) {
		const char *v = row->field[sd->key[k]];
		size_t len = row->len[sd->key[k]];

		if (j->numeric[k] && !num_na_match(&j->na, v, len) &&
		    num_parse(v, len, &x, NULL, NULL) != 0)
			j->numeric[k] = 0;
	}
	return 0;
}

/*
 * The key tuple of a row as the table holds it (kp, kl): a missing value
 * NULL, a number of a numeric key its 8 bytes, other text as it is.
 * Returns 0, or -1 if it cannot match any held key (text where the held
 * keys are all numbers: kp has the text then).
 */
static int
key_tuple(struct joiner *j, const struct side *sd, const char *const *f,
    const uint32_t *len)
{
	size_t k;
	int rc = 0;

	for (k = 0; k < sd->nkeys; k++) {
		const char *v = f[sd->key[k]];
		size_t l = len[sd->key[k]];

		if (num_na_match(&j->na, v, l)) {
			j->kp[k] = NULL;
			j->kl[k] = 0;
		} else if (j->numeric[k] &&
		    num_parse(v, l, &j->kx[k], NULL, NULL) == 0) {
			if (j->kx[k] == 0)
				j->kx[k] = 0;	/* -0 is 0 */
			j->kp[k] = (const char *)&j->kx[k];
			j->kl[k] = sizeof(double);
		} else {
			rc |= j->numeric[k];
			j->kp[k] = v;
			j->kl[k] = l;
		}
	}
	return rc ? -1 : 0;
}

/* The held rows in the table, with their chains; --validate's check. */
static int
index_held(struct joiner *j, struct diag *d)
{
	const struct side *sd = &j->side[j->hashed];
	size_t i, n = j->rb.nrows, cap = 0, id, fresh;

	j->gt = group_table_new(sd->nkeys);
	j->next = xmalloc((n ? n : 1) * sizeof(*j->next));
	j->matched = xcalloc(n ? n : 1, 1);
	for (i = 0; i < n; i++) {
		rowbuf_fields(&j->rb, i, j->hf, j->hl);
		(void)key_tuple(j, sd, j->hf, j->hl);	/* all numbers */
		fresh = group_table_count(j->gt);
		id = group_table_id(j->gt, j->kp, j->kl);
		if (id >= cap) {
			j->first = xgrow(j->first, &cap, id + 1,
			    sizeof(*j->first));
			j->last = xrealloc(j->last, cap * sizeof(*j->last));
		}
		j->next[i] = NONE;
		if (id == fresh)
			j->first[id] = i;
		else {
			if (must_be_unique(j, j->hashed)) {
				diag_set(d, STATUS_DATA, "key on line %zu "
				    "again: not a %s join (--validate)",
				    j->line[j->first[id]], j->o->validate ==
				    JOIN_1_1 ? "one-to-one" : j->hashed ?
				    "many-to-one" : "one-to-many");
				return diag_at(d, sd->file, j->line[i], NULL);
			}
			j->next[j->last[id]] = i;
		}
		j->last[id] = i;
	}
	return 0;
}

static int
half_join(const struct joiner *j)
{
	return j->o->how == JOIN_SEMI || j->o->how == JOIN_ANTI;
}

/* The output names: a name on both sides gets the suffixes. */
static void
name_columns(struct joiner *j)
{
	struct side *r = &j->side[1];
	size_t a, b, k, len;
	int both, s;

	if (j->o->same_keys)	/* the right keys are the left ones */
		for (k = 0; k < r->nkeys; k++)
			r->skip[r->key[k]] = 1;
	for (s = 0; s < 2; s++) {
		struct side *me = &j->side[s], *other = &j->side[!s];

		me->outname = xcalloc(me->ncols ? me->ncols : 1,
		    sizeof(*me->outname));
		for (a = 0; a < me->ncols; a++) {
			both = 0;
			for (b = 0; b < other->ncols && !me->skip[a] &&
			    !half_join(j); b++)
				if (!other->skip[b] && strcmp(me->names[a],
				    other->names[b]) == 0)
					both = 1;
			len = strlen(me->names[a]);
			me->outname[a] = xmalloc(len + (both ?
			    strlen(j->o->suffix[s]) : 0) + 1);
			memcpy(me->outname[a], me->names[a], len + 1);
			if (both)
				strcat(me->outname[a], j->o->suffix[s]);
		}
	}
}

static int
write_header(struct joiner *j, struct diag *d)
{
	size_t c;
	int s;

	name_columns(j);
	for (s = 0; s < (half_join(j) ? 1 : 2); s++)
		for (c = 0; c < j->side[s].ncols; c++)
			if (!j->side[s].skip[c])
				rows_cell(j->w, j->side[s].outname[c],
				    strlen(j->side[s].outname[c]));
	if (j->o->indicator)
		rows_cell(j->w, "_merge", 6);
	return rows_end(j->w, d);
}

/*
 * One output row of the left fields lf and the right ones rf (either
 * NULL when missing); state indexes merge_name.
 */
static int
emit(struct joiner *j, const char *const *lf, const uint32_t *ll,
    const char *const *rf, const uint32_t *rl, int state, struct diag *d)
{
	const struct side *l = &j->side[0], *r = &j->side[1];
	size_t c, k;

	for (c = 0; c < l->ncols; c++) {
		if (lf != NULL) {
			rows_cell(j->w, lf[c], ll[c]);
			continue;
		}
		/* right only: a key of -k is the right row's */
		for (k = 0; j->o->same_keys && k < l->nkeys; k++)
			if (l->key[k] == c)
				break;
		if (j->o->same_keys && k < l->nkeys && rf != NULL)
			rows_cell(j->w, rf[r->key[k]], rl[r->key[k]]);
		else
			rows_na(j->w);
	}
	for (c = 0; !half_join(j) && c < r->ncols; c++)
		if (!r->skip[c]) {
			if (rf != NULL)
				rows_cell(j->w, rf[c], rl[c]);
			else
				rows_na(j->w);
		}
	if (j->o->indicator)
		rows_cell(j->w, merge_name[state], strlen(merge_name[state]));
	return rows_end(j->w, d);
}

/* A streamed row (side !hashed) and the held row i (NONE: none). */
static int
emit_pair(struct joiner *j, const struct frame_row *row, size_t i,
    struct diag *d)
{
	const char *const *sf = (const char *const *)row->field;

	if (i != NONE)
		rowbuf_fields(&j->rb, i, j->hf, j->hl);
	if (j->hashed == 1)
		return emit(j, sf, row->len, i != NONE ? j->hf : NULL, j->hl,
		    i != NONE ? 2 : 0, d);
	return emit(j, i != NONE ? j->hf : NULL, j->hl, sf, row->len,
	    i != NONE ? 2 : 1, d);
}

static int
stream_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct joiner *j = ctx;

	(void)mode;
	if (side_header(j, !j->hashed, names, n, d) != 0)
		return -1;
	if (j->side[0].nkeys != j->side[1].nkeys)
		return diag_set(d, STATUS_USAGE, "%zu left keys but %zu right "
		    "keys", j->side[0].nkeys, j->side[1].nkeys);
	return write_header(j, d);
}

/* --validate on the streamed side: its key must not come again. */
static int
check_seen(struct joiner *j, const struct frame_row *row, struct diag *d)
{
	size_t id, n;

	if (j->seen == NULL)
		j->seen = group_table_new(j->side[0].nkeys);
	n = group_table_count(j->seen);
	id = group_table_id(j->seen, j->kp, j->kl);
	if (id == n) {
		j->seen_line = xgrow(j->seen_line, &j->seen_cap, id + 1,
		    sizeof(*j->seen_line));
		j->seen_line[id] = row->line;
		return 0;
	}
	return diag_set(d, STATUS_DATA, "key on line %zu again: not a %s join "
	    "(--validate)", j->seen_line[id], j->o->validate == JOIN_1_1 ?
	    "one-to-one" : j->hashed ? "one-to-many" : "many-to-one");
}

static int
stream_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct joiner *j = ctx;
	const struct side *sd = &j->side[!j->hashed];
	size_t i = NONE;
	int found = 0;

	j->streamed_rows++;
	if (key_tuple(j, sd, (const char *const *)row->field, row->len) == 0) {
		if (must_be_unique(j, !j->hashed) &&
		    check_seen(j, row, d) != 0)
			return -1;
		i = group_table_find(j->gt, group_table_hash(j->gt, j->kp,
		    j->kl), j->kp, j->kl);
	} else if (must_be_unique(j, !j->hashed) &&
	    check_seen(j, row, d) != 0)
		return -1;
	if (i != NONE)
		i = j->first[i];
	if (half_join(j)) {
		if (j->hashed == 1) {	/* left streams: decide now */
			if ((i != NONE) == (j->o->how == JOIN_SEMI))
				return emit(j, (const char *const *)row->field,
				    row->len, NULL, NULL, 0, d);
			return 0;
		}
		for (; i != NONE; i = j->next[i])
			j->matched[i] = 1;
		return 0;
	}
	for (; i != NONE; i = j->next[i]) {
		found = 1;
		j->matched[i] = 1;
		if (emit_pair(j, row, i, d) != 0)
			return -1;
	}
	if (!found && keeps_unmatched(j, !j->hashed))
		return emit_pair(j, row, NONE, d);
	return 0;
}

/* After the stream: the held rows still owed. */
static int
emit_held(struct joiner *j, struct diag *d)
{
	size_t i;
	int want;

	if (half_join(j)) {
		if (j->hashed == 1)
			return 0;
		want = j->o->how == JOIN_SEMI;
	} else if (keeps_unmatched(j, j->hashed))
		want = 0;
	else
		return 0;
	for (i = 0; i < j->rb.nrows; i++) {
		if (j->matched[i] != want)
			continue;
		rowbuf_fields(&j->rb, i, j->hf, j->hl);
		if (half_join(j) || j->hashed == 0 ?
		    emit(j, j->hf, j->hl, NULL, NULL, 0, d) :
		    emit(j, NULL, NULL, j->hf, j->hl, 1, d))
			return -1;
	}
	return 0;
}

/* Which side to hold: not standard input, else the smaller file. */
static int
pick_hashed(const char *left, const char *right)
{
	struct stat a, b;

	if (strcmp(right, "-") == 0)
		return 0;
	if (strcmp(left, "-") == 0)
		return 1;
	if (stat(left, &a) == 0 && stat(right, &b) == 0 &&
	    a.st_size < b.st_size)
		return 0;
	return 1;
}

/* --sorted: one input's cursor, its current row, and the keys of the row
 * before it (to check the order). */
struct cursor {
	struct pull		*p;
	const struct side	*sd;
	const char *const	*f;		/* the current row, or */
	const uint32_t		*len;
	int			 more;		/* 0: past the end */
	size_t			 line;
	struct rowbuf		 last;		/* the keys of the row before */
	size_t			 lastline;
	int			 dup;		/* the same keys as that row */
	int			 unique;	/* --validate: no key twice */
	const char		**kf;		/* scratch: a row's keys */
	uint32_t		*kl;
};

/* Two key tuples in sort's order: numbers as numbers when both are, else
 * bytes; missing values (equal to each other) last. */
static int
tuple_cmp(const struct joiner *j, size_t nkeys, const char *const *a,
    const uint32_t *al, const char *const *b, const uint32_t *bl)
{
	size_t k;
	double x, y;
	int na, nb, c;

	for (k = 0; k < nkeys; k++) {
		na = num_na_match(&j->na, a[k], al[k]);
		nb = num_na_match(&j->na, b[k], bl[k]);
		if (na || nb) {
			if (na != nb)
				return na ? 1 : -1;
			continue;
		}
		if (num_parse(a[k], al[k], &x, NULL, NULL) == 0 &&
		    num_parse(b[k], bl[k], &y, NULL, NULL) == 0) {
			if (x != y)
				return x < y ? -1 : 1;
			continue;
		}
		if ((c = sortkey_bytes_cmp(a[k], al[k], b[k], bl[k])) != 0)
			return c;
	}
	return 0;
}

/* A row's key fields of side sd into kf, kl. */
static void
row_keys(const struct side *sd, const char *const *f, const uint32_t *len,
    const char **kf, uint32_t *kl)
{
	size_t k;

	for (k = 0; k < sd->nkeys; k++) {
		kf[k] = f[sd->key[k]];
		kl[k] = len[sd->key[k]];
	}
}

/* Compare the current rows' keys of two cursors. */
static int
cursor_cmp(const struct joiner *j, struct cursor *a, struct cursor *b)
{
	const char **bf = b->kf;
	uint32_t *bl = b->kl;

	row_keys(a->sd, a->f, a->len, a->kf, a->kl);
	row_keys(b->sd, b->f, b->len, bf, bl);
	return tuple_cmp(j, a->sd->nkeys, a->kf, a->kl, bf, bl);
}

/* --validate: a key again on a side that must not repeat it. */
static int
repeated(struct joiner *j, const struct cursor *c, int s, struct diag *d)
{
	diag_set(d, STATUS_DATA, "key on line %zu again: not a %s join "
	    "(--validate)", c->lastline, j->o->validate == JOIN_1_1 ?
	    "one-to-one" : s ? "many-to-one" : "one-to-many");
	return diag_at(d, c->sd->file, c->line, NULL);
}

/* The next row of c; an error if it comes before the row above (or has
 * its keys, where they must be unique). */
static int
cursor_next(struct joiner *j, struct cursor *c, struct diag *d)
{
	const char **lf = c->kf + c->sd->nkeys;
	uint32_t *ll = c->kl + c->sd->nkeys;
	int rc, cmp = 1;

	if ((rc = pull_next(c->p, &c->f, &c->len, &c->line, d)) <= 0) {
		c->more = 0;
		return rc;
	}
	c->more = 1;
	row_keys(c->sd, c->f, c->len, c->kf, c->kl);
	if (c->last.nrows > 0) {
		rowbuf_fields(&c->last, 0, lf, ll);
		cmp = tuple_cmp(j, c->sd->nkeys, c->kf, c->kl, lf, ll);
	}
	if (cmp < 0) {
		diag_set(d, STATUS_DATA, "not sorted by %s: this row belongs "
		    "before line %zu (--sorted)", c->sd->keyspec, c->lastline);
		return diag_at(d, c->sd->file, c->line, NULL);
	}
	c->dup = cmp == 0;
	if (c->dup && c->unique)
		return repeated(j, c, c->sd == &j->side[1], d);
	if (!c->dup) {	/* a new key: keep it */
		rowbuf_clear(&c->last);
		rowbuf_add(&c->last, (char *const *)c->kf, c->kl);
	}
	c->lastline = c->line;
	return 0;
}

static int
cursor_open(struct joiner *j, struct cursor *c, int s,
    const struct frame_opts *in, struct diag *d)
{
	char *const *names;
	size_t n;

	c->sd = &j->side[s];
	c->unique = must_be_unique(j, s);
	if ((c->p = pull_open(j->side[s].file, in, &names, &n, d)) == NULL ||
	    side_header(j, s, names, n, d) != 0)
		return -1;
	rowbuf_init(&c->last, j->side[s].nkeys);
	c->kf = xcalloc(2 * j->side[s].nkeys + 1, sizeof(*c->kf));
	c->kl = xcalloc(2 * j->side[s].nkeys + 1, sizeof(*c->kl));
	return 0;
}

static void
cursor_close(struct cursor *c)
{
	pull_close(c->p);
	rowbuf_release(&c->last);
	free(c->kf);
	free(c->kl);
}

/* The right rows held for the key matched (group), written right-only
 * if no left row matched them and the join keeps them. */
static int
flush_group(struct joiner *j, struct rowbuf *g, int matched, struct diag *d)
{
	size_t i;

	for (i = 0; !matched && keeps_unmatched(j, 1) && i < g->nrows; i++) {
		rowbuf_fields(g, i, j->hf, j->hl);
		if (emit(j, NULL, NULL, j->hf, j->hl, 1, d) != 0)
			return -1;
	}
	rowbuf_clear(g);
	return 0;
}

/* One left row against the right rows of its key (g, maybe none). */
static int
merge_left(struct joiner *j, const struct cursor *l, struct rowbuf *g,
    struct diag *d)
{
	size_t i;

	if (g->nrows == 0) {
		if (j->o->how == JOIN_ANTI || keeps_unmatched(j, 0))
			return emit(j, l->f, l->len, NULL, NULL, 0, d);
		return 0;
	}
	if (half_join(j))
		return j->o->how == JOIN_SEMI ? emit(j, l->f, l->len, NULL,
		    NULL, 0, d) : 0;
	for (i = 0; i < g->nrows; i++) {
		rowbuf_fields(g, i, j->hf, j->hl);
		if (emit(j, l->f, l->len, j->hf, j->hl, 2, d) != 0)
			return -1;
	}
	return 0;
}

static int
merge_sorted(struct joiner *j, struct cursor *l, struct cursor *r,
    struct diag *d)
{
	struct rowbuf g;	/* the right rows of the current key */
	int rc = 0, matched = 0, c;

	rowbuf_init(&g, j->side[1].ncols);
	j->hf = xcalloc(g.ncols + 1, sizeof(*j->hf));
	j->hl = xcalloc(g.ncols + 1, sizeof(*j->hl));
	if (cursor_next(j, l, d) != 0 || cursor_next(j, r, d) != 0)
		rc = -1;
	while (rc == 0 && l->more) {
		if (!l->dup) {		/* a new left key */
			if ((rc = flush_group(j, &g, matched, d)) != 0)
				break;
			matched = 0;
			while (rc == 0 && r->more && (c = cursor_cmp(j, r,
			    l)) <= 0) {
				if (c == 0)
					rowbuf_add(&g, (char *const *)r->f,
					    r->len);
				else if (keeps_unmatched(j, 1))
					rc = emit(j, NULL, NULL, r->f, r->len,
					    1, d);
				if (rc == 0)
					rc = cursor_next(j, r, d);
			}
			if (rc != 0)
				break;
		}
		matched |= g.nrows > 0;
		if ((rc = merge_left(j, l, &g, d)) == 0)
			rc = cursor_next(j, l, d);
	}
	if (rc == 0)
		rc = flush_group(j, &g, matched, d);
	while (rc == 0 && r->more) {	/* right rows after the last left */
		if (keeps_unmatched(j, 1))
			rc = emit(j, NULL, NULL, r->f, r->len, 1, d);
		if (rc == 0)
			rc = cursor_next(j, r, d);
	}
	rowbuf_release(&g);
	return rc;
}

/* --sorted: both inputs pulled and merged. */
static int
join_sorted(struct joiner *j, const struct frame_opts *in, struct diag *d)
{
	struct cursor c[2];
	int rc;

	memset(c, 0, sizeof(c));
	rc = cursor_open(j, &c[0], 0, in, d);
	if (rc == 0)
		rc = cursor_open(j, &c[1], 1, in, d);
	if (rc == 0 && j->side[0].nkeys != j->side[1].nkeys)
		rc = diag_set(d, STATUS_USAGE, "%zu left keys but %zu right "
		    "keys", j->side[0].nkeys, j->side[1].nkeys);
	if (rc == 0)
		rc = write_header(j, d);
	if (rc == 0)
		rc = merge_sorted(j, &c[0], &c[1], d);
	cursor_close(&c[0]);
	cursor_close(&c[1]);
	return rc;
}

int
join_run(const char *left, const char *right, const struct frame_opts *in,
    const struct join_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns held = { held_header, held_row };
	static const struct frame_scan_fns streamed = { stream_header,
	    stream_row };
	struct joiner j;
	char *files[1];
	size_t c, nk;
	int rc, s;

	memset(&j, 0, sizeof(j));
	j.o = o;
	j.w = w;
	j.side[0].file = left;
	j.side[1].file = right;
	j.side[0].keyspec = o->left_keys;
	j.side[1].keyspec = o->right_keys;
	num_na_init(&j.na, in->na);
	j.hashed = pick_hashed(left, right);
	files[0] = (char *)(j.hashed ? right : left);
	if (o->sorted)
		rc = join_sorted(&j, in, d);
	else
		rc = frame_scan(1, files, in, &held, &j, d);
	if (rc == 0 && !o->sorted) {
		nk = j.side[j.hashed].nkeys;
		j.hf = xcalloc(j.rb.ncols + 1, sizeof(*j.hf));
		j.hl = xcalloc(j.rb.ncols + 1, sizeof(*j.hl));
		j.kx = xcalloc(nk + 1, sizeof(*j.kx));
		j.kp = xcalloc(nk + 1, sizeof(*j.kp));
		j.kl = xcalloc(nk + 1, sizeof(*j.kl));
		rc = index_held(&j, d);
	}
	if (rc == 0 && !o->sorted) {
		files[0] = (char *)(j.hashed ? left : right);
		rc = frame_scan(1, files, in, &streamed, &j, d);
	}
	if (rc == 0 && !o->sorted)
		rc = emit_held(&j, d);
	for (s = 0; s < 2; s++) {
		for (c = 0; c < j.side[s].ncols; c++) {
			free(j.side[s].names[c]);
			if (j.side[s].outname != NULL)
				free(j.side[s].outname[c]);
		}
		free(j.side[s].names);
		free(j.side[s].outname);
		free(j.side[s].key);
		free(j.side[s].skip);
	}
	group_table_free(j.gt);
	group_table_free(j.seen);
	rowbuf_release(&j.rb);
	free(j.line);
	free(j.numeric);
	free(j.first);
	free(j.last);
	free(j.next);
	free(j.matched);
	free(j.seen_line);
	free(j.hf);
	free(j.hl);
	free(j.kx);
	free(j.kp);
	free(j.kl);
	num_na_release(&j.na);
	return rc;
}
