/*
 * pca: principal components from co-moments merged pairwise, over GSL's
 * symmetric eigen-decomposition.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_eigen.h>
#include <gsl/gsl_errno.h>

#include "learn/pca.h"
#include "learn/lmodel.h"
#include "wrangle/spool.h"
#include "linalg/numtab.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/json.h"
#include "io/out.h"
#include "io/rows.h"
#include "model/modelfile.h"

static void
part_init(struct pca_part *q, size_t p)
{
	q->n = 0;
	q->mean = xcalloc(p, sizeof(*q->mean));
	q->m2 = xcalloc(p * p, sizeof(*q->m2));
}

void
pca_part_merge(struct pca_part *a, const struct pca_part *b, size_t p,
    double *delta)
{
	double n = a->n + b->n, f;
	size_t i, j;

	if (b->n == 0)
		return;
	if (a->n == 0) {
		a->n = b->n;
		memcpy(a->mean, b->mean, p * sizeof(*a->mean));
		memcpy(a->m2, b->m2, p * p * sizeof(*a->m2));
		return;
	}
	f = a->n * b->n / n;
	for (j = 0; j < p; j++)
		delta[j] = b->mean[j] - a->mean[j];
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			a->m2[i * p + j] += b->m2[i * p + j] +
			    delta[i] * delta[j] * f;
	for (j = 0; j < p; j++)
		a->mean[j] += delta[j] * (b->n / n);
	a->n = n;
}

void
pca_acc_init(struct pca_acc *a, size_t p)
{
	memset(a, 0, sizeof(*a));
	a->p = p;
	a->tmp = xmalloc((p ? p : 1) * sizeof(*a->tmp));
	a->shift = xcalloc(p ? p : 1, sizeof(*a->shift));
}

/* The mean and co-moments of one block less shift, by two passes. */
static void
block_moments(const double *x, size_t n, size_t p, const double *shift,
    struct pca_part *q)
{
	size_t i, j, k;

	for (j = 0; j < p; j++) {
		long double s = 0;

		for (i = 0; i < n; i++)
			s += x[i * p + j] - shift[j];
		q->mean[j] = (double)(s / n);
	}
	memset(q->m2, 0, p * p * sizeof(*q->m2));
	for (i = 0; i < n; i++) {
		const double *r = x + i * p;

		for (j = 0; j < p; j++) {
			double dj = (r[j] - shift[j]) - q->mean[j];

			for (k = 0; k <= j; k++)
				q->m2[j * p + k] += dj * ((r[k] - shift[k]) -
				    q->mean[k]);
		}
	}
	for (j = 0; j < p; j++)
		for (k = 0; k < j; k++)
			q->m2[k * p + j] = q->m2[j * p + k];
	q->n = (double)n;
}

void
pca_acc_add(struct pca_acc *a, const double *x, size_t n)
{
	size_t p = a->p, off, m, k;

	if (n > 0 && !a->shifted) {
		memcpy(a->shift, x, p * sizeof(*x));
		a->shifted = 1;
	}
	for (off = 0; off < n; off += m) {
		struct pca_part b;

		m = n - off < NUMTAB_BLOCK ? n - off : NUMTAB_BLOCK;
		part_init(&b, p);
		block_moments(x + off * p, m, p, a->shift, &b);
		/* carry, as in binary counting: equal sizes merge */
		for (k = 0; k < a->nlevel && a->level[k].n != 0; k++) {
			pca_part_merge(&a->level[k], &b, p, a->tmp);
			free(b.mean);
			free(b.m2);
			b = a->level[k];
			a->level[k].n = 0;
			a->level[k].mean = a->level[k].m2 = NULL;
		}
		if (k == a->nlevel) {	/* (an empty level holds no memory:
					   the carry above cleared it) */
			a->level = xrealloc(a->level, (k + 1) *
			    sizeof(*a->level));
			a->nlevel++;
		}
		a->level[k] = b;
	}
}

void
pca_acc_done(struct pca_acc *a, struct pca_part *out)
{
	size_t k = a->nlevel;

	part_init(out, a->p);
	while (k-- > 0) {	/* the oldest first */
		pca_part_merge(out, &a->level[k], a->p, a->tmp);
		free(a->level[k].mean);
		free(a->level[k].m2);
	}
	for (k = 0; k < a->p; k++)
		out->mean[k] += a->shift[k];
	free(a->level);
	free(a->tmp);
	free(a->shift);
	memset(a, 0, sizeof(*a));
}

void
pca_result_free(struct pca_result *r)
{
	if (r == NULL)
		return;
	free(r->sdev);
	free(r->rotation);
	free(r->center);
	free(r->scale);
	memset(r, 0, sizeof(*r));
}

int
pca_from_moments(const struct pca_part *q, size_t p, char *const *names,
    const struct pca_opts *o, struct pca_result *r, struct diag *d)
{
	gsl_matrix *s, *v;
	gsl_vector *eval;
	gsl_eigen_symmv_workspace *w;
	size_t i, j, c, nmax;
	double n = q->n;
	int rc;

	memset(r, 0, sizeof(*r));
	if (n < 2)
		return diag_set(d, STATUS_DATA, "%.0f complete row%s; at "
		    "least 2 are needed", n, n == 1 ? "" : "s");
	r->p = p;
	r->n = (size_t)n;
	r->center = xmalloc(p * sizeof(*r->center));
	r->scale = xmalloc(p * sizeof(*r->scale));
	s = gsl_matrix_alloc(p, p);
	for (i = 0; i < p; i++) {
		r->center[i] = o->center ? q->mean[i] : 0;
		for (j = 0; j < p; j++)
			gsl_matrix_set(s, i, j, (q->m2[i * p + j] +
			    (o->center ? 0 : n * q->mean[i] * q->mean[j])) /
			    (n - 1));
	}
	for (i = 0; i < p; i++) {
		r->scale[i] = o->scale ? sqrt(gsl_matrix_get(s, i, i)) : 1;
		if (!(r->scale[i] > 0)) {
			gsl_matrix_free(s);
			pca_result_free(r);
			diag_set(d, STATUS_DATA, "cannot rescale a constant "
			    "column to unit variance");
			if (names != NULL)
				diag_column(d, names[i]);
			return -1;
		}
	}
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++)
			gsl_matrix_set(s, i, j, gsl_matrix_get(s, i, j) /
			    (r->scale[i] * r->scale[j]));
	eval = gsl_vector_alloc(p);
	v = gsl_matrix_alloc(p, p);
	w = gsl_eigen_symmv_alloc(p);
	rc = gsl_eigen_symmv(s, eval, v, w);
	gsl_eigen_symmv_free(w);
	gsl_matrix_free(s);
	if (rc == GSL_SUCCESS)
		rc = gsl_eigen_symmv_sort(eval, v, GSL_EIGEN_SORT_VAL_DESC);
	if (rc != GSL_SUCCESS) {
		gsl_vector_free(eval);
		gsl_matrix_free(v);
		pca_result_free(r);
		return diag_set(d, STATUS_DATA, "%s", gsl_strerror(rc));
	}
	nmax = p < r->n ? p : r->n;
	r->nsdev = nmax;
	r->ncomp = o->rank > 0 && o->rank < nmax ? o->rank : nmax;
	r->sdev = xmalloc(nmax * sizeof(*r->sdev));
	r->rotation = xmalloc(p * r->ncomp * sizeof(*r->rotation));
	for (c = 0; c < nmax; c++) {
		double ev = gsl_vector_get(eval, c);

		r->sdev[c] = ev > 0 ? sqrt(ev) : 0;
	}
	for (c = 0; c < r->ncomp; c++) {
		size_t big = 0;
		double sign;

		for (i = 1; i < p; i++)
			if (fabs(gsl_matrix_get(v, i, c)) >
			    fabs(gsl_matrix_get(v, big, c)))
				big = i;
		sign = gsl_matrix_get(v, big, c) < 0 ? -1 : 1;
		for (i = 0; i < p; i++)
			r->rotation[i * r->ncomp + c] = sign *
			    gsl_matrix_get(v, i, c);
	}
	gsl_vector_free(eval);
	gsl_matrix_free(v);
	return 0;
}

int
pca_fit(const double *x, size_t n, size_t p, const struct pca_opts *o,
    struct pca_result *r, struct diag *d)
{
	struct pca_acc a;
	struct pca_part q;
	int rc;

	pca_acc_init(&a, p);
	pca_acc_add(&a, x, n);
	pca_acc_done(&a, &q);
	rc = pca_from_moments(&q, p, NULL, o, r, d);
	free(q.mean);
	free(q.m2);
	return rc;
}

void
pca_project(const struct pca_result *r, const double *x, double *out)
{
	size_t c, j;

	for (c = 0; c < r->ncomp; c++) {
		double s = 0;

		for (j = 0; j < r->p; j++)
			s += (x[j] - r->center[j]) / r->scale[j] *
			    r->rotation[j * r->ncomp + c];
		out[c] = s;
	}
}

/* "PC1", "PC2", ... for n components (free with pc_names_free) */
static char **
pc_names(size_t n)
{
	char **v = xmalloc((n ? n : 1) * sizeof(*v));
	size_t c;

	for (c = 0; c < n; c++) {
		char buf[32];

		snprintf(buf, sizeof(buf), "PC%zu", c + 1);
		v[c] = xstrdup(buf);
	}
	return v;
}

static void
pc_names_free(char **v, size_t n)
{
	while (n-- > 0)
		free(v[n]);
	free(v);
}

struct out_table *
pca_table(const struct pca_result *r, char *const *names, enum pca_view view)
{
	struct out_table *t = out_new();
	char **pc = pc_names(r->nsdev);
	size_t c, i;

	if (view == PCA_LOADINGS) {
		out_column(t, "variable");
		for (c = 0; c < r->ncomp; c++)
			out_column(t, pc[c]);
		for (i = 0; i < r->p; i++) {
			out_row(t);
			out_text(t, i, 0, names[i]);
			for (c = 0; c < r->ncomp; c++)
				out_num(t, i, c + 1,
				    r->rotation[i * r->ncomp + c]);
		}
	} else {
		double total = 0, cum = 0;

		for (c = 0; c < r->nsdev; c++)
			total += r->sdev[c] * r->sdev[c];
		out_column(t, "component");
		out_column(t, "sdev");
		out_column(t, "variance");
		out_column(t, "proportion");
		out_column(t, "cumulative");
		for (c = 0; c < r->ncomp; c++) {
			double v = r->sdev[c] * r->sdev[c];

			cum += v;
			out_row(t);
			out_text(t, c, 0, pc[c]);
			out_num(t, c, 1, r->sdev[c]);
			out_num(t, c, 2, v);
			out_num(t, c, 3, v / total);
			out_num(t, c, 4, cum / total);
		}
	}
	pc_names_free(pc, r->nsdev);
	return t;
}

static void
acc_block(void *arg, const double *x, size_t n, size_t p)
{
	struct pca_acc *a = arg;

	if (a->tmp == NULL)	/* p is known from the header on */
		pca_acc_init(a, p);
	pca_acc_add(a, x, n);
}

/* The input rows with their scores appended; empty where incomplete. */
static struct out_table *
scores_table(struct numtab *t, const struct pca_result *r)
{
	char **pc = pc_names(r->ncomp);
	struct out_table *w;
	double *z = xmalloc(r->ncomp * sizeof(*z));
	size_t i, k = 0, c, base;

	base = t->rows->ncols;
	w = numtab_widen(t, (const char *const *)pc, r->ncomp);
	for (i = 0; i < t->nrows; i++) {
		if (!t->complete[i])
			continue;
		pca_project(r, t->x + k++ * t->p, z);
		for (c = 0; c < r->ncomp; c++)
			out_num(w, i, base + c, z[c]);
	}
	free(z);
	pc_names_free(pc, r->ncomp);
	return w;
}

/* --scores, second pass: every input row through, its scores after. */
struct scorer {
	const struct pca_result	*r;
	struct rows_out		*w;
	double			*z;
};

static int
score_head(void *arg, char *const *names, size_t n, struct diag *d)
{
	struct scorer *sc = arg;
	char **pc = pc_names(sc->r->ncomp);
	size_t j;
	int rc;

	for (j = 0; j < n; j++)
		rows_cell(sc->w, names[j], strlen(names[j]));
	rc = rows_header(sc->w, pc, sc->r->ncomp, d);
	pc_names_free(pc, sc->r->ncomp);
	return rc;
}

static int
score_row(void *arg, const struct frame_row *row, const double *x,
    struct diag *d)
{
	struct scorer *sc = arg;
	size_t j, c;

	for (j = 0; j < row->n; j++)
		rows_cell(sc->w, row->field[j], row->len[j]);
	for (j = 0; j < sc->r->p && !isnan(x[j]); j++)
		;
	if (j == sc->r->p)
		pca_project(sc->r, x, sc->z);
	for (c = 0; c < sc->r->ncomp; c++)
		if (j == sc->r->p)
			rows_num(sc->w, sc->z[c]);
		else
			rows_na(sc->w);
	return rows_end(sc->w, d);
}

int
pca_run(int nfiles, char **files, const struct frame_opts *in,
    const struct pca_opts *o, struct rows_out *w, struct out_table **tp,
    struct diag *d)
{
	struct numtab_opts no = { .cols = o->cols, .block = acc_block };
	struct spool sp = { 0 };
	struct scorer sc;
	struct numtab t;
	struct pca_acc a;
	struct pca_part q;
	struct pca_result r;
	int rc;

	memset(&a, 0, sizeof(a));
	no.arg = &a;
	*tp = NULL;
	if (o->view == PCA_SCORES) {	/* two passes: spool a stream */
		if (spool_open(nfiles, files, in, &sp, d) != 0)
			return -1;
		nfiles = sp.n;
		files = sp.name;
		in = &sp.in;
	}
	rc = numtab_read(nfiles, files, in, &no, &t, d);
	if (a.tmp == NULL)
		pca_acc_init(&a, t.p);
	pca_acc_done(&a, &q);
	if (rc == 0)
		rc = pca_from_moments(&q, t.p, t.name, o, &r, d);
	free(q.mean);
	free(q.m2);
	if (rc == 0 && o->save_model != NULL &&
	    (rc = pca_save(o->save_model, &r, t.name, d)) != 0)
		pca_result_free(&r);
	if (rc != 0) {
		spool_free(&sp);
		numtab_free(&t);
		return -1;
	}
	if (o->view != PCA_SCORES) {
		if (t.nincomplete > 0)
			diag_warn("%zu row%s with missing values left out",
			    t.nincomplete, t.nincomplete == 1 ? "" : "s");
		*tp = pca_table(&r, t.name, o->view);
	} else {
		numtab_free(&t);
		sc.r = &r;
		sc.w = w;
		sc.z = xmalloc(r.ncomp * sizeof(*sc.z));
		memset(&no, 0, sizeof(no));
		no.cols = o->cols;
		no.head = score_head;
		no.row = score_row;
		no.arg = &sc;
		rc = numtab_read(nfiles, files, in, &no, &t, d);
		free(sc.z);
		spool_free(&sp);
		if (rc == 0 && t.nincomplete > 0)
			diag_warn("%zu row%s with missing values get empty "
			    "scores", t.nincomplete,
			    t.nincomplete == 1 ? "" : "s");
	}
	pca_result_free(&r);
	numtab_free(&t);
	return rc;
}

/* the members of kind "pca" */
struct saving {
	const struct pca_result *r;
	char *const	*names;
};

static int
write_members(struct json_writer *w, const void *arg, struct diag *d)
{
	const struct saving *s = arg;
	const struct pca_result *r = s->r;

	(void)d;
	lmodel_put_strs(w, "variables", s->names, r->p);
	json_key(w, "n");
	json_num(w, (double)r->n, 0);
	json_key(w, "rank");
	json_num(w, (double)r->ncomp, 0);
	lmodel_put_nums(w, "center", r->center, r->p);
	lmodel_put_nums(w, "scale", r->scale, r->p);
	lmodel_put_nums(w, "sdev", r->sdev, r->ncomp);
	lmodel_put_matrix(w, "rotation", r->rotation, r->p, r->ncomp);
	return 0;
}

int
pca_save(const char *path, const struct pca_result *r, char *const *names,
    struct diag *d)
{
	struct saving s = { r, names };

	return modelfile_save(path, "pca", write_members, &s, d);
}

/* A model that pca_save() wrote; names[] (r->p of them) malloc'ed. */
static int
pca_load(const char *path, struct pca_result *r, char ***names,
    struct diag *d)
{
	struct json *root;
	double rank, n;
	size_t p, j;
	int rc = -1;

	memset(r, 0, sizeof(*r));
	*names = NULL;
	if (modelfile_read(path, "pca", &root, d) != 0)
		return -1;
	if (lmodel_get_strs(root, "variables", names, &p, d) != 0)
		goto out;
	r->p = p;
	if (json_get_num(root, "rank", 0, &rank, d) != 0 ||
	    json_get_num(root, "n", 0, &n, d) != 0)
		goto out;
	if (rank != floor(rank) || rank < 1 || rank > (double)p) {
		json_fail(root, "rank", d, "not a whole number from 1 to %zu",
		    p);
		goto out;
	}
	r->ncomp = r->nsdev = (size_t)rank;
	r->n = n > 0 ? (size_t)n : 0;
	r->center = xmalloc(p * sizeof(*r->center));
	r->scale = xmalloc(p * sizeof(*r->scale));
	r->sdev = xmalloc(r->ncomp * sizeof(*r->sdev));
	r->rotation = xmalloc(p * r->ncomp * sizeof(*r->rotation));
	if (lmodel_get_nums(root, "center", r->center, p, d) != 0 ||
	    lmodel_get_nums(root, "scale", r->scale, p, d) != 0 ||
	    lmodel_get_nums(root, "sdev", r->sdev, r->ncomp, d) != 0 ||
	    lmodel_get_matrix(root, "rotation", r->rotation, p, r->ncomp,
	    d) != 0)
		goto out;
	for (j = 0; j < p; j++)
		if (!(r->scale[j] > 0)) {
			json_fail(root, "scale", d, "item %zu not "
			    "positive", j);
			goto out;
		}
	rc = 0;
out:
	json_free(root);
	if (rc != 0) {
		lmodel_strs_free(*names, r->p);
		*names = NULL;
		pca_result_free(r);
	}
	return rc;
}

int
pca_predict(int nfiles, char **files, const struct frame_opts *in,
    const char *model, struct out_table **tp, struct diag *d)
{
	struct numtab_opts no = { .copy = 1 };
	struct pca_result r;
	struct numtab t;
	char **names;
	size_t p;

	if (pca_load(model, &r, &names, d) != 0)
		return -1;
	p = r.p;
	no.names = names;
	no.nnames = p;
	if (numtab_read(nfiles, files, in, &no, &t, d) != 0) {
		lmodel_strs_free(names, p);
		pca_result_free(&r);
		return -1;
	}
	if (t.nincomplete > 0)
		diag_warn("%zu row%s with missing values get empty scores",
		    t.nincomplete, t.nincomplete == 1 ? "" : "s");
	*tp = scores_table(&t, &r);
	numtab_free(&t);
	lmodel_strs_free(names, p);
	pca_result_free(&r);
	return 0;
}
