/* test_learn: the learners' invariants that no R script can check. */
#include "unit.h"

#include "core/xalloc.h"
#include "learn/flat.h"
#include "learn/forest.h"
#include "learn/metrics.h"
#include "learn/rng.h"
#include "learn/split.h"
#include "learn/tree.h"
#include "learn/xy.h"

static struct xy *
load(const char *file, const char *formula, struct frame **fp)
{
	struct frame_opts o = { .delim = ',' };
	char path[256], *files[1];
	struct diag d;
	struct xy *xy;

	snprintf(path, sizeof(path), "testdata/%s", file);
	files[0] = path;
	assert_int_equal(frame_read(1, files, &o, fp, &d), 0);
	assert_int_equal(xy_frame(*fp, formula, XY_AUTO, NULL, &xy, &d), 0);
	return xy;
}

/* node k of a forest's flat tree is node m of the tree: the same splits,
 * children and leaf values */
static void
same_node(const struct flat_tree *a, uint32_t k, const struct tree *b,
    size_t m)
{
	const struct flat_node *f = &a->node[k];
	const struct tree_node *t = &b->node[m];
	uint32_t left;

	if (t->var < 0) {
		assert_int_equal(f->var & FLAT_LEAF, FLAT_LEAF);
		assert_int_equal(f->kid, k);
		assert_true(f->v == t->yval);
		return;
	}
	assert_int_equal(f->var & FLAT_VAR, t->var);
	assert_int_equal(!!(f->var & FLAT_CAT), t->dir == 0);
	assert_int_equal(!!(f->var & FLAT_SWAP), t->dir == TREE_RIGHT);
	if (t->dir != 0)
		assert_true(f->v == t->split);
	left = f->var & FLAT_SWAP ? f->kid + 1 : f->kid;
	same_node(a, left, b, t->left);
	same_node(a, f->kid + (f->kid == left), b, t->right);
}

static void
same_flat(const struct flat_tree *a, const struct tree *b)
{
	assert_int_equal(a->nnode, b->nnode);
	same_node(a, 0, b, 0);
}

/* the same flat trees */
static void
same_flats(const struct flat_tree *a, const struct flat_tree *b)
{
	assert_int_equal(a->nnode, b->nnode);
	assert_int_equal(a->nbits, b->nbits);
	assert_memory_equal(a->node, b->node, a->nnode * sizeof(*a->node));
	assert_memory_equal(a->bits, b->bits, (a->nbits + 63) / 64 *
	    sizeof(*a->bits));
}

/* a forest of one tree, every predictor tried, every row drawn once, is
 * the tree grown with the same node sizes */
static void
forest__one_tree_without_sampling__is_the_tree(void **state)
{
	static const char *const sets[][2] = {
		{ "iris.csv", "Species ~ ." },
		{ "tree-gen.csv", "y ~ x1 + x2 + x3 + c2 + c4 + c6" },
		{ "tree-gen.csv", "cls ~ x1 + x2 + x3 + c2 + c4 + c6" },
	};
	struct forest_opts fo;
	struct tree_opts to;
	struct forest *f;
	struct tree *t;
	struct frame *fr;
	struct diag d;
	struct xy *xy;
	size_t s;

	(void)state;
	for (s = 0; s < sizeof(sets) / sizeof(sets[0]); s++) {
		xy = load(sets[s][0], sets[s][1], &fr);
		forest_opts_init(&fo);
		fo.trees = 1;
		fo.mtry = xy->p;
		fo.replace = 0;
		fo.sample_fraction = 1;
		fo.min_node_size = 3;
		assert_int_equal(forest_fit(xy, &fo, &f, &d), 0);
		tree_opts_init(&to);
		to.cp = -1;
		to.minsplit = 4;
		to.minbucket = 1;
		assert_int_equal(tree_fit(xy, NULL, NULL, &to, &t, &d), 0);
		same_flat(&f->tree[0], t);
		assert_int_equal(f->oob_n, 0);
		tree_free(t);
		forest_free(f);
		xy_free(xy);
		frame_free(fr);
	}
}

/* flat_block() predicts each row of a block as flat_value(), whatever
 * the block's length against FLAT_LANES */
static void
same_block(const struct flat_tree *ft, const struct xy *xy)
{
	size_t n, stride, i, j;
	double *xb, *y;

	for (n = 1; n <= xy->n; n += n < 20 ? 1 : 37) {
		stride = (n + FLAT_LANES - 1) / FLAT_LANES * FLAT_LANES;
		xb = xcalloc((xy->p + 1) * stride, sizeof(*xb));
		y = xcalloc(stride, sizeof(*y));
		for (j = 0; j < xy->p; j++)
			memcpy(xb + j * stride, xy->x[j] + xy->n - n, n *
			    sizeof(*xb));
		for (i = 0; i < stride; i++)
			xb[xy->p * stride + i] = NAN;
		flat_block(ft, xb, n, stride, y);
		for (i = 0; i < n; i++)
			assert_true(y[i] == flat_value(ft, xy->x, xy->n - n +
			    i));
		free(y);
		free(xb);
	}
}

/* a tree's flat form predicts every row as the tree, and its text reads
 * back to the same flat tree */
static void
flat__text__round_trip(void **state)
{
	static const char *const sets[][2] = {
		{ "iris.csv", "Species ~ ." },
		{ "tree-gen.csv", "y ~ x1 + x2 + x3 + c2 + c4 + c6" },
		{ "tree-gen.csv", "cls ~ c4 + c6 + x1" },
	};
	struct flat_tree ft, back;
	struct tree_opts to;
	struct tree *t;
	struct frame *fr;
	struct diag d;
	struct xy *xy;
	size_t s, i;
	char *text;

	(void)state;
	for (s = 0; s < sizeof(sets) / sizeof(sets[0]); s++) {
		xy = load(sets[s][0], sets[s][1], &fr);
		tree_opts_init(&to);
		to.cp = -1;
		to.minsplit = 4;
		to.minbucket = 1;
		to.maxsurrogate = 0;
		assert_int_equal(tree_fit(xy, NULL, NULL, &to, &t, &d), 0);
		flat_from_tree(t, xy->p, xy->nlevel, &ft);
		same_flat(&ft, t);
		for (i = 0; i < xy->n; i++)
			assert_true(flat_value(&ft, xy->x, i) ==
			    t->node[tree_leaf(t, xy->x, i)].yval);
		same_block(&ft, xy);
		text = flat_text(&ft, xy->nlevel);
		assert_int_equal(flat_parse(text, xy->p, xy->nlevel,
		    xy->nclass, &back, &d), 0);
		same_flats(&ft, &back);
		free(text);
		flat_free(&back);
		flat_free(&ft);
		tree_free(t);
		xy_free(xy);
		frame_free(fr);
	}
}

/* hostile texts: each an error naming the node */
static void
flat__parse__hostile(void **state)
{
	static const size_t nlevel[] = { 0, 3 };
	static const struct { const char *text, *msg; } bad[] = {
		{ "", "0 fields: not nodes of 4 fields" },
		{ "-1 . 0", "3 fields: not nodes of 4 fields" },
		{ "0 < 2 1.5 -1 . 0 0 -1 . 0 1 -1 . 0 1",
		    "nodes after the tree's last (3 of 4)" },
		{ "0 < 1 1.5 -1 . 0 0 -1 . 0 1", "node 0: its right child 1 "
		    "is not where its left subtree ends" },
		{ "0 < 5 1.5 -1 . 0 0 -1 . 0 1", "node 0: \"5\" is not a "
		    "node" },
		{ "2 < 2 1.5 -1 . 0 0 -1 . 0 1", "node 0: \"2\" is not -1 "
		    "or a predictor from 0 to 1" },
		{ "0 lr 2 0 -1 . 0 0 -1 . 0 1", "node 0: \"lr\" is not the "
		    "side of a cut (< or >)" },
		{ "1 lx 2 0 -1 . 0 0 -1 . 0 1", "node 0: \"lx\" is not the "
		    "side of each level (l or r)" },
		{ "1 lrl 2 0 -1 . 0 0 -1 . 0 2", "node 2: \"2\" is not a "
		    "class code" },
		{ "0 < 2 nan -1 . 0 0 -1 . 0 1", "node 0: \"nan\" is not a "
		    "finite number" },
		{ "0 < 2 1 -1 . 0 0.5 -1 . 0 1", "node 1: \"0.5\" is not a "
		    "class code" },
		{ "-1 . 3 1", "node 0: \"3\" is not 0 (a leaf)" },
		{ "0  < 2 1 -1 . 0 0 -1 . 0", "node 0: \"\" is not the side of a "
		    "cut (< or >)" },
	};
	struct flat_tree ft;
	struct diag d;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&d, 0, sizeof(d));
		assert_int_equal(flat_parse(bad[i].text, 2, nlevel, 2, &ft,
		    &d), -1);
		assert_string_equal(d.msg, bad[i].msg);
		assert_null(ft.node);
	}
	assert_int_equal(flat_parse("1 lrl 2 0 -1 . 0 0 -1 . 0 1", 2, nlevel,
	    2, &ft, &d), 0);
	assert_int_equal(ft.nnode, 3);
	assert_int_equal(ft.bits[0], 5);
	flat_free(&ft);
}

/* bit-identical forests on 1, 2 and 3 threads */
static void
forest__threads__same_forest(void **state)
{
	struct forest_opts fo;
	struct forest *f[3];
	struct frame *fr;
	struct diag d;
	struct xy *xy;
	size_t t, j;
	int k;

	(void)state;
	xy = load("tree-gen.csv", "y ~ x1 + x2 + x3 + c2 + c4 + c6", &fr);
	for (k = 0; k < 3; k++) {
		forest_opts_init(&fo);
		fo.trees = 23;
		fo.seed = 11;
		fo.threads = k + 1;
		fo.importance = FOREST_IMP_PERMUTATION;
		assert_int_equal(forest_fit(xy, &fo, &f[k], &d), 0);
	}
	for (k = 1; k < 3; k++) {
		assert_true(f[k]->oob_error == f[0]->oob_error);
		for (j = 0; j < xy->p; j++)
			assert_true(f[k]->importance[j] ==
			    f[0]->importance[j]);
		for (t = 0; t < fo.trees; t++)
			same_flats(&f[k]->tree[t], &f[0]->tree[t]);
	}
	for (k = 0; k < 3; k++)
		forest_free(f[k]);
	xy_free(xy);
	frame_free(fr);
}

/* streams: the same seed and stream give the same numbers, another
 * stream others; rng_below stays below */
static void
rng__streams__reproducible(void **state)
{
	struct rng a, b, c, e;
	int i, same = 0;

	(void)state;
	rng_seed(&a, 42, 7);
	rng_seed(&b, 42, 7);
	rng_seed(&c, 42, 8);
	rng_seed(&e, 1, 0);
	for (i = 0; i < 100; i++) {
		uint64_t x = rng_next(&a);

		assert_true(x == rng_next(&b));
		same += x == rng_next(&c);
		assert_true(rng_below(&e, 7) < 7);
		assert_true(rng_unif(&e) < 1);
	}
	assert_int_equal(same, 0);
}

/* AUC by hand: scores 0.1 0.4 0.35 0.8 of 0 0 1 1 (pROC's example):
 * 0.75; DeLong's variance: placements 0.5, 1 and 1, 0.5 */
static void
metrics_auc__small__as_pROC(void **state)
{
	static const double s[] = { 0.1, 0.4, 0.35, 0.8 };
	static const unsigned char y[] = { 0, 0, 1, 1 };
	double var, auc;

	(void)state;
	auc = metrics_auc(s, y, 4, &var);
	assert_near(auc, 0.75, 1e-15);
	/* var(0.5, 1) / 2 + var(1, 0.5) / 2 = 0.125 / 2 + 0.125 / 2 */
	assert_near(var, 0.125, 1e-15);
}

/* folds on codes: every stratum and fold balanced to one row */
static void
split_folds_codes__strata__balanced(void **state)
{
	uint32_t g[103], fold[103];
	size_t cnt[3][5] = { { 0 } }, i, s, k, lo, hi;

	(void)state;
	for (i = 0; i < 103; i++)
		g[i] = (uint32_t)(i % 7 == 0 ? 0 : i % 3 == 0 ? 1 : 2);
	split_folds_codes(g, 3, 103, 5, 3, fold);
	for (i = 0; i < 103; i++) {
		assert_true(fold[i] >= 1 && fold[i] <= 5);
		cnt[g[i]][fold[i] - 1]++;
	}
	for (s = 0; s < 3; s++) {
		lo = hi = cnt[s][0];
		for (k = 1; k < 5; k++) {
			lo = cnt[s][k] < lo ? cnt[s][k] : lo;
			hi = cnt[s][k] > hi ? cnt[s][k] : hi;
		}
		assert_true(hi - lo <= 1);
	}
}

/* rpart.control: minbucket round(minsplit / 3), minsplit 3 minbucket. */
static void
tree_opts_sizes__each_from_the_other(void **state)
{
	struct tree_opts o;

	(void)state;
	tree_opts_init(&o);
	tree_opts_sizes(&o, 0, 0);
	assert_int_equal(o.minsplit, 20);
	assert_int_equal(o.minbucket, 7);
	tree_opts_sizes(&o, 10, 0);
	assert_int_equal(o.minsplit, 10);
	assert_int_equal(o.minbucket, 3);
	tree_opts_sizes(&o, 0, 4);
	assert_int_equal(o.minsplit, 12);
	assert_int_equal(o.minbucket, 4);
	tree_opts_sizes(&o, 1, 0);
	assert_int_equal(o.minbucket, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(forest__one_tree_without_sampling__is_the_tree),
		cmocka_unit_test(forest__threads__same_forest),
		cmocka_unit_test(flat__text__round_trip),
		cmocka_unit_test(flat__parse__hostile),
		cmocka_unit_test(rng__streams__reproducible),
		cmocka_unit_test(metrics_auc__small__as_pROC),
		cmocka_unit_test(split_folds_codes__strata__balanced),
		cmocka_unit_test(tree_opts_sizes__each_from_the_other),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
