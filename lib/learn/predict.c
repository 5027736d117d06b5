/*
 * predict: the learners' model files and the table of the kinds of model
 * that predict applies (predict.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/par.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/json.h"
#include "io/out.h"
#include "learn/flat.h"
#include "learn/forest.h"
#include "learn/kmeans.h"
#include "learn/nbayes.h"
#include "learn/pca.h"
#include "learn/predict.h"
#include "learn/svm.h"
#include "learn/tree.h"
#include "learn/xy.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "model/nls.h"

/* ---- writing ---- */

struct saving {
	const struct tree	*tree;
	const struct forest	*forest;
	const struct nbayes	*nb;
	const struct svm_machine *svm;
	const struct xy		*xy;
	const char		*formula;
};

static void
str_array(struct json_writer *w, char *const *s, size_t n)
{
	size_t i;

	json_open(w, '[', 1);
	for (i = 0; i < n; i++)
		json_str(w, s[i]);
	json_close(w);
}

/* formula, response, classes, predictors */
static void
write_xy(struct json_writer *w, const struct xy *xy, const char *formula)
{
	size_t j;

	json_key(w, "formula");
	json_str(w, formula);
	json_key(w, "response");
	json_str(w, xy->response != NULL ? xy->response : "");
	json_key(w, "classes");
	if (xy->nclass)
		str_array(w, xy->ylevel, xy->nclass);
	else
		json_num(w, NAN, 0);
	json_key(w, "predictors");
	json_open(w, '[', 0);
	for (j = 0; j < xy->p; j++) {
		json_open(w, '{', 1);
		json_key(w, "name");
		json_str(w, xy->name[j]);
		json_key(w, "levels");
		if (xy->nlevel[j])
			str_array(w, xy->level[j], xy->nlevel[j]);
		else
			json_num(w, NAN, 0);
		json_close(w);
	}
	json_close(w);
}

enum field { F_VAR, F_DIR, F_SPLIT, F_LEFT, F_RIGHT, F_N, F_YVAL,
	F_MAJORITY };
static const char *const fields[] = { "var", "dir", "split", "left",
	"right", "n", "yval", "majority" };

static double
field(const struct tree *t, size_t k, enum field f)
{
	const struct tree_node *nd = &t->node[k];

	switch (f) {
	case F_VAR:
		return nd->var;
	case F_DIR:
		return nd->var >= 0 ? nd->dir : 0;
	case F_SPLIT:
		return nd->var >= 0 && nd->dir != 0 ? nd->split : 0;
	case F_LEFT:
		return nd->var >= 0 ? (double)nd->left : 0;
	case F_RIGHT:
		return nd->var >= 0 ? (double)nd->right : 0;
	case F_N:
		return (double)nd->n;
	case F_MAJORITY:
		return nd->var >= 0 ? nd->majority : 0;
	default:
		return nd->yval;
	}
}

/* the sides of the levels of a categorical split */
static void
write_sides(struct json_writer *w, const signed char *cs, size_t nl)
{
	size_t l;

	json_open(w, '[', 1);
	for (l = 0; l < nl; l++)
		json_num(w, cs[l], 0);
	json_close(w);
}

/* node k's surrogate splits, in order: {"var", "dir", "split"} or
 * {"var", "levels_left"} */
static void
write_surrogates(struct json_writer *w, const struct tree *t,
    const struct xy *xy, size_t k)
{
	const struct tree_node *nd = &t->node[k];
	size_t s;

	json_open(w, '[', 1);
	for (s = 0; nd->var >= 0 && s < nd->nsur; s++) {
		const struct tree_surrogate *su = &t->sur[nd->sur + s];

		json_open(w, '{', 1);
		json_key(w, "var");
		json_num(w, su->var, 0);
		if (su->dir != 0) {
			json_key(w, "dir");
			json_num(w, su->dir, 0);
			json_key(w, "split");
			json_num(w, su->split, 0);
		} else {
			json_key(w, "levels_left");
			write_sides(w, t->csplit + su->cs,
			    xy->nlevel[su->var]);
		}
		json_close(w);
	}
	json_close(w);
}

/* a tree as parallel arrays by node (pre-order): the fields, the sides
 * of categorical splits, the class counts, the surrogates */
static void
write_tree(struct json_writer *w, const struct tree *t, const struct xy *xy)
{
	size_t k, f, l;

	json_open(w, '{', 0);
	for (f = 0; f < sizeof(fields) / sizeof(fields[0]); f++) {
		json_key(w, fields[f]);
		json_open(w, '[', 1);
		for (k = 0; k < t->nnode; k++)
			json_num(w, field(t, k, (enum field)f), 0);
		json_close(w);
	}
	json_key(w, "levels_left");
	json_open(w, '[', 1);
	for (k = 0; k < t->nnode; k++) {
		const struct tree_node *nd = &t->node[k];

		if (nd->var < 0 || nd->dir != 0)
			json_num(w, NAN, 0);
		else
			write_sides(w, t->csplit + nd->cs,
			    xy->nlevel[nd->var]);
	}
	json_close(w);
	if (t->nclass) {
		json_key(w, "counts");
		json_open(w, '[', 1);
		for (k = 0; k < t->nnode; k++) {
			json_open(w, '[', 1);
			for (l = 0; l < t->nclass; l++)
				json_num(w, t->counts[t->node[k].counts + l],
				    0);
			json_close(w);
		}
		json_close(w);
	}
	json_key(w, "surrogates");
	json_open(w, '[', 0);
	for (k = 0; k < t->nnode; k++)
		write_surrogates(w, t, xy, k);
	json_close(w);
	json_close(w);
}

static int
write_members(struct json_writer *w, const void *arg, struct diag *d)
{
	const struct saving *s = arg;
	size_t t;

	write_xy(w, s->xy, s->formula);
	if (s->nb != NULL) {
		nbayes_write(w, s->nb);
		return 0;
	}
	if (s->svm != NULL)
		return svm_write(w, s->svm, d);
	if (s->tree != NULL) {
		json_key(w, "tree");
		write_tree(w, s->tree, s->xy);
		return 0;
	}
	/* a tree a line, as flat's text */
	json_key(w, "trees");
	json_open(w, '[', 0);
	for (t = 0; t < s->forest->ntree; t++) {
		char *text = flat_text(&s->forest->tree[t], s->xy->nlevel);

		json_str(w, text);
		free(text);
	}
	json_close(w);
	return 0;
}

int
predict_save_tree(const char *path, const struct tree *t, const struct xy *xy,
    const char *formula, struct diag *d)
{
	struct saving s = { .tree = t, .xy = xy, .formula = formula };

	return modelfile_save(path, "tree", write_members, &s, d);
}

int
predict_save_forest(const char *path, const struct forest *f,
    const struct xy *xy, const char *formula, struct diag *d)
{
	struct saving s = { .forest = f, .xy = xy, .formula = formula };

	return modelfile_save(path, "forest", write_members, &s, d);
}

int
predict_save_nbayes(const char *path, const struct nbayes *nb,
    const struct xy *xy, const char *formula, struct diag *d)
{
	struct saving s = { .nb = nb, .xy = xy, .formula = formula };

	return modelfile_save(path, "nbayes", write_members, &s, d);
}

int
predict_save_svm(const char *path, const struct svm_machine *m,
    const struct xy *xy, const char *formula, struct diag *d)
{
	struct saving s = { .svm = m, .xy = xy, .formula = formula };

	return modelfile_save(path, "svm", write_members, &s, d);
}

/* ---- reading ---- */

/* a whole number in [lo, hi] */
static int
get_int(const struct json *v, size_t i, double lo, double hi, double *x,
    struct diag *d)
{
	const struct json *e = &v->item[i];

	if (json_get_num(e, NULL, 0, x, d) != 0)
		return -1;
	if (!(*x >= lo && *x <= hi) || *x != floor(*x))
		return json_fail(e, NULL, d, "not a whole number from %.0f to "
		    "%.0f", lo, hi);
	return 0;
}

static char **
get_strings(const struct json *a, size_t *n, struct diag *d)
{
	char **s = xcalloc(a->n + 1, sizeof(*s));
	const char *v;
	size_t i;

	for (i = 0; i < a->n; i++) {
		if ((v = json_get_str(&a->item[i], NULL, d)) == NULL) {
			while (i-- > 0)
				free(s[i]);
			free(s);
			return NULL;
		}
		s[i] = xstrdup(v);
	}
	*n = a->n;
	return s;
}

/* the formula, response, classes and predictors of a learner's file */
static int
read_xy(const struct json *root, struct xy **xyp, char **formula,
    struct diag *d)
{
	const struct json *pr, *cl, *lv;
	const char *s;
	struct xy *xy;
	size_t j, nc = 0;
	char **cls = NULL;

	if ((s = json_get_str(root, "formula", d)) == NULL ||
	    json_get_str(root, "response", d) == NULL ||
	    (pr = json_get_arr(root, "predictors", SIZE_MAX, d)) == NULL)
		return -1;
	if (pr->n == 0)
		return json_fail(pr, NULL, d, "no predictors");
	if ((cl = json_member(root, "classes")) == NULL)
		return json_fail(root, "classes", d, "missing");
	if (cl->type != JSON_NULL) {
		if (json_get_arr(cl, NULL, SIZE_MAX, d) == NULL ||
		    (cls = get_strings(cl, &nc, d)) == NULL)
			return -1;
		if (nc < 2) {
			free(cls);
			return json_fail(cl, NULL, d, "fewer than 2 classes");
		}
	}
	xy = xy_new(pr->n, 0);
	free(xy->ylevel);
	xy->ylevel = cls;
	xy->nclass = nc;
	xy->response = xstrdup(json_get_str(root, "response", d));
	for (j = 0; j < pr->n; j++) {
		const struct json *e = &pr->item[j];

		if (json_get(e, NULL, JSON_OBJ, d) == NULL ||
		    (s = json_get_str(e, "name", d)) == NULL)
			goto fail;
		xy->name[j] = xstrdup(s);
		if ((lv = json_member(e, "levels")) == NULL) {
			json_fail(e, "levels", d, "missing");
			goto fail;
		}
		if (lv->type == JSON_NULL)
			continue;
		if (json_get_arr(lv, NULL, SIZE_MAX, d) == NULL ||
		    (xy->level[j] = get_strings(lv, &xy->nlevel[j], d)) ==
		    NULL)
			goto fail;
		if (xy->nlevel[j] == 0) {
			json_fail(lv, NULL, d, "no levels");
			goto fail;
		}
	}
	*formula = xstrdup(json_get_str(root, "formula", d));
	*xyp = xy;
	return 0;
fail:
	xy_free(xy);
	return -1;
}

/* the sides (-1, 0, 1) of nl levels in v's member key (v itself if key
 * is NULL), appended to t's csplit at *cs */
static int
read_sides(const struct json *v, const char *key, size_t nl, struct tree *t,
    size_t *cs, struct diag *d)
{
	const struct json *s;
	size_t l;
	double x;

	if ((s = json_get_arr(v, key, nl, d)) == NULL)
		return -1;
	t->csplit = xgrow(t->csplit, &t->capcsplit, t->ncsplit + nl, 1);
	*cs = t->ncsplit;
	for (l = 0; l < nl; l++) {
		if (get_int(s, l, -1, 1, &x, d) != 0)
			return -1;
		t->csplit[t->ncsplit++] = (signed char)x;
	}
	return 0;
}

/* node k's surrogates (a leaf has none) */
static int
read_surrogates(const struct json *a, size_t k, const struct xy *xy,
    struct tree *t, struct diag *d)
{
	struct tree_node *nd = &t->node[k];
	const struct json *e;
	struct tree_surrogate *su;
	size_t s;
	double x;

	if (json_get_arr(a, NULL, SIZE_MAX, d) == NULL)
		return -1;
	if (nd->var < 0 && a->n > 0)
		return json_fail(a, NULL, d, "surrogates of a leaf");
	t->sur = xgrow(t->sur, &t->capsur, t->nsur + a->n, sizeof(*t->sur));
	nd->sur = t->nsur;
	for (s = 0; s < a->n; s++) {
		e = &a->item[s];
		su = &t->sur[t->nsur];
		memset(su, 0, sizeof(*su));
		if (json_get(e, NULL, JSON_OBJ, d) == NULL ||
		    json_get_num(e, "var", 0, &x, d) != 0)
			return -1;
		if (!(x >= 0 && x < (double)xy->p) || x != floor(x))
			return json_fail(e, "var", d, "not a predictor");
		su->var = (int)x;
		if (xy->nlevel[su->var] > 0) {
			if (read_sides(e, "levels_left", xy->nlevel[su->var],
			    t, &su->cs, d) != 0)
				return -1;
		} else if (json_get_num(e, "dir", 0, &x, d) != 0 ||
		    (x != TREE_LEFT && x != TREE_RIGHT))
			return json_fail(e, "dir", d, "not -1 or 1");
		else {
			su->dir = (int)x;
			if (json_get_num(e, "split", 0, &su->split, d) != 0)
				return -1;
		}
		t->nsur++;
		nd->nsur++;
	}
	return 0;
}

/*
 * A tree from its arrays, every field checked: children after their
 * parent and each node the child of one parent (so no cycle), a split
 * on a predictor with the sides of every level, a class in range.  The
 * majority sides and the surrogates may be absent (files of 0.2.0): rows
 * missing a split's predictor then stop at the split.
 */
static int
read_tree(const struct json *v, const struct xy *xy, struct tree **tp,
    struct diag *d)
{
	const struct json *a[8], *ll, *cn = NULL, *su = NULL;
	struct tree *t;
	size_t n, k, f, l;
	double x[8];

	if (json_get(v, NULL, JSON_OBJ, d) == NULL ||
	    (a[0] = json_get_arr(v, "var", SIZE_MAX, d)) == NULL)
		return -1;
	n = a[0]->n;
	if (n == 0)
		return json_fail(a[0], NULL, d, "no nodes");
	for (f = 1; f < F_MAJORITY; f++)
		if ((a[f] = json_get_arr(v, fields[f], n, d)) == NULL)
			return -1;
	a[F_MAJORITY] = NULL;
	if (json_member(v, "majority") != NULL &&
	    (a[F_MAJORITY] = json_get_arr(v, "majority", n, d)) == NULL)
		return -1;
	if ((ll = json_get_arr(v, "levels_left", n, d)) == NULL)
		return -1;
	if (json_member(v, "counts") != NULL && xy->nclass &&
	    (cn = json_get_arr(v, "counts", n, d)) == NULL)
		return -1;
	if (json_member(v, "surrogates") != NULL &&
	    (su = json_get_arr(v, "surrogates", n, d)) == NULL)
		return -1;
	t = xcalloc(1, sizeof(*t));
	t->method = xy->nclass ? TREE_CLASS : TREE_ANOVA;
	t->p = xy->p;
	t->nclass = xy->nclass;
	t->importance = xcalloc(xy->p + 1, sizeof(double));
	t->node = xcalloc(n, sizeof(*t->node));
	t->nnode = t->cap = n;
	for (k = 0; k < n; k++)
		t->node[k].parent = TREE_NONE;
	if (xy->nclass) {
		t->counts = xcalloc(n * xy->nclass + 1, sizeof(double));
		t->ncounts = t->capcounts = n * xy->nclass;
	}
	for (k = 0; k < n; k++) {
		struct tree_node *nd = &t->node[k];

		if (get_int(a[F_VAR], k, -1, (double)xy->p - 1, &x[0], d) ||
		    get_int(a[F_DIR], k, -1, 1, &x[1], d) ||
		    json_get_num(&a[F_SPLIT]->item[k], NULL, 0, &x[2], d) ||
		    get_int(a[F_LEFT], k, 0, (double)n - 1, &x[3], d) ||
		    get_int(a[F_RIGHT], k, 0, (double)n - 1, &x[4], d) ||
		    get_int(a[F_N], k, 0, 1e15, &x[5], d))
			goto fail;
		if (xy->nclass ? get_int(a[F_YVAL], k, 0, (double)xy->nclass -
		    1, &x[6], d) : json_get_num(&a[F_YVAL]->item[k], NULL, 0,
		    &x[6], d))
			goto fail;
		x[7] = 0;
		if (a[F_MAJORITY] != NULL && get_int(a[F_MAJORITY], k, -1, 1,
		    &x[7], d) != 0)
			goto fail;
		nd->var = (int)x[0];
		nd->dir = (int)x[1];
		nd->split = x[2];
		nd->n = (size_t)x[5];
		nd->yval = x[6];
		nd->majority = (int)x[7];
		nd->counts = k * t->nclass;
		nd->left = nd->right = TREE_NONE;
		if (nd->var >= 0) {
			nd->left = (size_t)x[3];
			nd->right = (size_t)x[4];
			if (nd->left <= k || nd->right <= k ||
			    nd->left == nd->right ||
			    t->node[nd->left].parent != TREE_NONE ||
			    t->node[nd->right].parent != TREE_NONE) {
				json_fail(a[F_LEFT], NULL, d, "node %zu: its "
				    "children are not two later nodes of no "
				    "other parent", k);
				goto fail;
			}
			t->node[nd->left].parent = k;
			t->node[nd->right].parent = k;
			t->node[nd->left].depth = nd->depth + 1;
			t->node[nd->right].depth = nd->depth + 1;
			t->node[nd->left].id = nd->id * 2;
			t->node[nd->right].id = nd->id * 2 + 1;
			if ((nd->dir == 0) != (xy->nlevel[nd->var] > 0)) {
				json_fail(a[F_DIR], NULL, d, "node %zu: not a "
				    "split of its predictor", k);
				goto fail;
			}
		}
		if (k == 0)
			nd->id = 1;
		else if (nd->parent == TREE_NONE) {
			json_fail(a[F_LEFT], NULL, d, "node %zu: no parent", k);
			goto fail;
		}
		if (nd->var >= 0 && nd->dir == 0 && read_sides(&ll->item[k],
		    NULL, xy->nlevel[nd->var], t, &nd->cs, d) != 0)
			goto fail;
		if (su != NULL && read_surrogates(&su->item[k], k, xy, t, d) !=
		    0)
			goto fail;
		if (cn != NULL) {
			const struct json *c = &cn->item[k];

			if (json_get_arr(c, NULL, xy->nclass, d) == NULL)
				goto fail;
			for (l = 0; l < xy->nclass; l++)
				if (get_int(c, l, 0, 1e15, &x[0], d) != 0)
					goto fail;
				else
					t->counts[k * t->nclass + l] = x[0];
		}
	}
	*tp = t;
	return 0;
fail:
	tree_free(t);
	return -1;
}

/* ---- the kinds ---- */

struct predict_model {
	const struct kind *kind;
	char		*formula;
	struct xy	*xy;		/* tree, forest */
	struct forest	*forest;
	struct tree	*tree;
	struct nbayes	*nb;
	struct svm_machine *svm;
	struct model_saved *regress;
	const char	*path;
};

struct kind {
	const char *name;
	int	(*open)(struct predict_model *, const struct json *root,
		    struct diag *);
	int	(*table)(struct predict_model *, struct frame *,
		    const struct predict_opts *, struct out_table **,
		    struct diag *);
	/* or: read the input files itself (pca, nls: numtab) */
	int	(*files)(int nfiles, char **files, const struct frame_opts *,
		    const char *path, struct out_table **, struct diag *);
	/* or: read them and write the rows as they come (kmeans) */
	int	(*rows)(int nfiles, char **files, const struct frame_opts *,
		    const char *path, struct rows_out *, struct diag *);
};

static int
open_regress(struct predict_model *m, const struct json *root,
    struct diag *d)
{
	(void)root;
	if (model_load(m->path, &m->regress, d) != 0)
		return -1;
	m->formula = xstrdup(m->regress->formula);
	return 0;
}

static int
table_regress(struct predict_model *m, struct frame *f,
    const struct predict_opts *o, struct out_table **out, struct diag *d)
{
	struct model_saved *ms = m->regress;
	struct formula *fm;
	struct formula_design *ds;
	size_t j;

	double *off;
	int glm = ms->family != MODEL_GAUSSIAN ||
	    ms->link != MODEL_LINK_DEFAULT;

	if (o->interval && ms->cov == NULL)
		return diag_set(d, STATUS_USAGE, "--interval is for models "
		    "fitted by least squares or IRLS, not penalized ones");
	if (o->interval == 2 && glm)
		return diag_set(d, STATUS_USAGE, "--interval prediction is for "
		    "linear models (a glm has confidence intervals)");
	if (formula_parse(ms->formula, &fm, d) != 0)
		return -1;
	formula_threads(fm, o->threads);
	if (formula_design_levels(fm, f, FORMULA_NONE, FORMULA_NO_RESPONSE,
	    &ms->levels, &ds, d) != 0) {
		formula_free(fm);
		return -1;
	}
	if (glm_offset(ds, &off, d) != 0) {
		formula_design_free(ds);
		formula_free(fm);
		return -1;
	}
	for (j = 0; j < ds->p && ds->p == ms->p; j++)
		if (strcmp(ds->name[j], ms->name[j]) != 0)
			break;
	if (ds->p != ms->p || j < ds->p) {
		free(off);
		formula_design_free(ds);
		formula_free(fm);
		return diag_set(d, STATUS_DATA, "%s: the terms of the data do "
		    "not match those of the model", m->path);
	}
	*out = model_predict_table(ms, ds, off, f, o->interval,
	    o->type == PREDICT_LINK, o->level);
	free(off);
	formula_design_free(ds);
	formula_free(fm);
	return 0;
}

/* tree t of a forest: flat's text (read_tree's arrays in 0.2.0); errors
 * in the text name the file's line */
static int
read_forest_tree(const struct json *v, const struct xy *xy, size_t t,
    const char *path, struct flat_tree *ft, struct diag *d)
{
	struct tree *old;
	char what[sizeof(d->msg)];

	if (v->type == JSON_OBJ) {
		if (read_tree(v, xy, &old, d) != 0)
			return -1;
		flat_from_tree(old, xy->p, xy->nlevel, ft);
		tree_free(old);
		return 0;
	}
	if (v->type != JSON_STR)
		return json_fail(v, NULL, d, "not a tree's text");
	if (flat_parse(v->str, xy->p, xy->nlevel, xy->nclass, ft, d) == 0)
		return 0;
	memcpy(what, d->msg, sizeof(what));
	diag_set(d, STATUS_DATA, "tree %zu: %.480s", t, what);
	return diag_at(d, path, v->line, NULL);
}

static int
open_forest(struct predict_model *m, const struct json *root,
    struct diag *d)
{
	const struct json *tr;
	struct forest *f;
	size_t t;

	if (read_xy(root, &m->xy, &m->formula, d) != 0)
		return -1;
	if ((tr = json_get_arr(root, "trees", SIZE_MAX, d)) == NULL)
		return -1;
	if (tr->n == 0)
		return json_fail(tr, NULL, d, "no trees");
	f = m->forest = xcalloc(1, sizeof(*f));
	f->p = m->xy->p;
	f->nclass = m->xy->nclass;
	f->tree = xcalloc(tr->n, sizeof(*f->tree));
	for (t = 0; t < tr->n; t++) {
		if (read_forest_tree(&tr->item[t], m->xy, t, m->path,
		    &f->tree[t], d) != 0)
			return -1;
		f->ntree++;
	}
	return 0;
}

static int
open_tree(struct predict_model *m, const struct json *root, struct diag *d)
{
	if (json_member(root, "tree") == NULL)
		return json_fail(root, "tree", d, "missing");
	if (read_xy(root, &m->xy, &m->formula, d) != 0)
		return -1;
	return read_tree(json_member(root, "tree"), m->xy, &m->tree, d);
}

static int
open_nbayes(struct predict_model *m, const struct json *root,
    struct diag *d)
{
	if (read_xy(root, &m->xy, &m->formula, d) != 0)
		return -1;
	return nbayes_read(root, m->xy, &m->nb, d);
}

static int
open_svm(struct predict_model *m, const struct json *root, struct diag *d)
{
	if (read_xy(root, &m->xy, &m->formula, d) != 0)
		return -1;
	return svm_read(root, m->xy, &m->svm, d);
}

/* predictions of rows of new data: a number or class code, ncl class
 * probabilities and ndec decision values (an svm's) a row */
struct preds {
	const struct predict_model *m;
	double *const	*x;
	double		*v, *prob, *dec;
	size_t		 ncl, ndec;
};

/* rows lo .. hi - 1 (a forest's and a tree's in parallel blocks) */
static void
predict_rows(void *arg, size_t c, size_t lo, size_t hi)
{
	struct preds *p = arg;
	const struct predict_model *m = p->m;
	const struct tree *tr = m->tree;
	size_t i, j, leaf;
	double *prob;

	(void)c;
	if (m->forest != NULL) {
		forest_predict_rows(m->forest, p->x, lo, hi, p->v + lo,
		    p->prob + lo * p->ncl);
		return;
	}
	for (i = lo; i < hi; i++) {
		prob = p->prob + i * p->ncl;
		if (m->nb != NULL)
			p->v[i] = (double)nbayes_predict(m->nb, p->x, i, prob);
		else if (m->svm != NULL)
			p->v[i] = svm_machine_predict(m->svm, p->x, i, p->dec +
			    i * p->ndec, prob);
		else {
			/* a row missing a predictor: by the surrogates */
			leaf = tree_predict_leaf(tr, p->x, i);
			for (j = 0; j < tr->nclass; j++)
				prob[j] = tr->counts[tr->node[leaf].counts +
				    j] / (double)tr->node[leaf].n;
			p->v[i] = tr->node[leaf].yval;
		}
	}
}

/* the output columns: fitted, or predicted, prob_LEVEL and decision_ */
static struct out_table *
learner_columns(const struct predict_model *m, struct frame *f,
    const struct predict_opts *o, int probs, size_t ndec, int **isnum)
{
	struct out_table *t = model_input_table(f, isnum);
	char name[512], dn[480];
	size_t j;

	if (m->svm != NULL && svm_machine_one_class(m->svm)) {
		/* e1071's TRUE (inside) or FALSE and the decision value */
		out_column(t, "predicted");
		out_column(t, "decision");
		return t;
	}
	if (m->xy->nclass == 0) {
		out_column(t, "fitted");
		return t;
	}
	if (o->type & PREDICT_CLASS)
		out_column(t, "predicted");
	for (j = 0; probs && j < m->xy->nclass; j++) {
		snprintf(name, sizeof(name), "prob_%s", m->xy->ylevel[j]);
		out_column(t, name);
	}
	for (j = 0; j < ndec; j++) {
		svm_machine_dec_name(m->svm, m->xy->ylevel, j, dn, sizeof(dn));
		snprintf(name, sizeof(name), "decision_%s", dn);
		out_column(t, name);
	}
	return t;
}

static int
table_learner(struct predict_model *m, struct frame *f,
    const struct predict_opts *o, struct out_table **out, struct diag *d)
{
	struct out_table *t;
	struct xy *nx;
	size_t i, k, r, j, nc = f->ncols, c, ncl = m->xy->nclass, nch;
	/* an svm: its decision values, and probabilities if it has them */
	int one = m->svm != NULL && svm_machine_one_class(m->svm);
	size_t ndec = m->svm != NULL && (ncl || one) ?
	    svm_machine_ndec(m->svm) : 0;
	int probs = (o->type & PREDICT_PROB) && (m->svm == NULL ||
	    svm_machine_has_prob(m->svm));
	struct preds p;
	int *isnum;

	/* a tree keeps every row (a missing predictor goes by surrogates,
	 * as rpart's predict); naive Bayes skips a missing predictor
	 * (nbayes.h) */
	if (xy_frame(f, NULL, m->tree != NULL ? XY_AUTO | XY_KEEP_NA :
	    m->nb != NULL ? XY_AUTO | XY_KEEP_NA | XY_KEEP_EMPTY : XY_AUTO,
	    m->xy, &nx, d) != 0)
		return -1;
	if (nx->nmissing)
		diag_warn("%zu rows without a prediction: a predictor is "
		    "missing", nx->nmissing);
	memset(&p, 0, sizeof(p));
	p.m = m;
	p.x = nx->x;
	p.ncl = ncl;
	p.ndec = ndec;
	p.v = xmalloc((nx->n + 1) * sizeof(double));
	p.prob = xmalloc((nx->n * ncl + 1) * sizeof(double));
	p.dec = xmalloc((nx->n * ndec + 1) * sizeof(double));
	nch = m->forest != NULL ? formula_chunks(o->threads, nx->n *
	    m->forest->ntree / 64 + 1) : m->tree != NULL ?
	    formula_chunks(o->threads, nx->n) : 1;
	par_split(nch, nx->n, predict_rows, &p);
	t = learner_columns(m, f, o, probs, ndec, &isnum);
	for (i = k = 0; i < f->nrows; i++) {
		r = model_input_row(t, f, isnum, i);
		if (k >= nx->n || nx->row[k] != i)
			continue;
		c = nc;
		if (one) {
			out_text(t, r, c, p.v[k] != 0 ? "TRUE" : "FALSE");
			out_num(t, r, c + 1, p.dec[k]);
		} else if (ncl == 0)
			out_num(t, r, c, p.v[k]);
		else {
			if (o->type & PREDICT_CLASS)
				out_text(t, r, c++,
				    m->xy->ylevel[(size_t)p.v[k]]);
			for (j = 0; probs && j < ncl; j++)
				out_num(t, r, c++, p.prob[k * ncl + j]);
			for (j = 0; j < ndec; j++)
				out_num(t, r, c++, p.dec[k * ndec + j]);
		}
		k++;
	}
	free(isnum);
	free(p.v);
	free(p.prob);
	free(p.dec);
	xy_free(nx);
	*out = t;
	return 0;
}

/* Kinds whose model is checked whole when their predictions read it. */
static int
open_streamed(struct predict_model *m, const struct json *root,
    struct diag *d)
{
	(void)m;
	(void)root;
	(void)d;
	return 0;
}

static const struct kind kinds[] = {
	{ "forest",	open_forest,	table_learner,	NULL,	NULL },
	{ "kmeans",	open_streamed,	NULL,	NULL,	kmeans_predict },
	{ "nbayes",	open_nbayes,	table_learner,	NULL,	NULL },
	{ "nls",	open_streamed,	NULL,	nls_predict,	NULL },
	{ "pca",	open_streamed,	NULL,	pca_predict,	NULL },
	{ "regress",	open_regress,	table_regress,	NULL,	NULL },
	{ "svm",	open_svm,	table_learner,	NULL,	NULL },
	{ "tree",	open_tree,	table_learner,	NULL,	NULL },
};

int
predict_open(const char *path, struct predict_model **mp, struct diag *d)
{
	struct predict_model *m;
	struct json *root;
	const char *k;
	size_t i;

	if (modelfile_read(path, NULL, &root, d) != 0)
		return -1;
	k = json_get_str(root, "kind", d);
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(k, kinds[i].name) == 0)
			break;
	if (i == sizeof(kinds) / sizeof(kinds[0])) {
		json_fail(root, "kind", d, "\"%.64s\" is not a kind of model "
		    "predict knows (forest, kmeans, nbayes, nls, pca, regress, "
		    "svm, tree)", k);
		json_free(root);
		return -1;
	}
	m = xcalloc(1, sizeof(*m));
	m->kind = &kinds[i];
	m->path = path;
	if (m->kind->open(m, root, d) != 0) {
		json_free(root);
		predict_close(m);
		return -1;
	}
	json_free(root);
	*mp = m;
	return 0;
}

const char *
predict_formula(const struct predict_model *m)
{
	return m->formula;
}

int
predict_run(struct predict_model *m, int nfiles, char **files,
    const struct frame_opts *in, const struct predict_opts *o,
    struct rows_out *rows, struct out_table **out, struct diag *d)
{
	struct frame *f;
	int rc;

	*out = NULL;
	if (m->kind->rows != NULL) {
		if (rows == NULL)
			return diag_set(d, STATUS_USAGE, "--format: rows passed "
			    "through are csv or tsv");
		return m->kind->rows(nfiles, files, in, m->path, rows, d);
	}
	if (m->kind->files != NULL)
		return m->kind->files(nfiles, files, in, m->path, out, d);
	if (frame_read(nfiles, files, in, &f, d) != 0)
		return -1;
	if (o->type == PREDICT_LINK && m->regress == NULL)
		rc = diag_set(d, STATUS_USAGE, "--type link is for models of "
		    "regress");
	else
		rc = m->kind->table(m, f, o, out, d);
	frame_free(f);
	return rc;
}

void
predict_close(struct predict_model *m)
{
	if (m == NULL)
		return;
	free(m->formula);
	xy_free(m->xy);
	forest_free(m->forest);
	tree_free(m->tree);
	nbayes_free(m->nb);
	svm_machine_free(m->svm);
	model_saved_free(m->regress);
	free(m);
}
