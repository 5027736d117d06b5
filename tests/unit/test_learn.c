/* test_learn: the learners' invariants that no R script can check. */
#include "unit.h"

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

/* the same nodes: splits, sizes, values */
static void
same_tree(const struct tree *a, const struct tree *b)
{
	size_t k;

	assert_int_equal(a->nnode, b->nnode);
	for (k = 0; k < a->nnode; k++) {
		assert_int_equal(a->node[k].id, b->node[k].id);
		assert_int_equal(a->node[k].var, b->node[k].var);
		assert_int_equal(a->node[k].n, b->node[k].n);
		assert_true(a->node[k].split == b->node[k].split);
		assert_true(a->node[k].yval == b->node[k].yval);
		assert_true(a->node[k].dev == b->node[k].dev);
	}
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
		same_tree(f->tree[0], t);
		assert_int_equal(f->oob_n, 0);
		tree_free(t);
		forest_free(f);
		xy_free(xy);
		frame_free(fr);
	}
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
			same_tree(f[k]->tree[t], f[0]->tree[t]);
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
		cmocka_unit_test(rng__streams__reproducible),
		cmocka_unit_test(metrics_auc__small__as_pROC),
		cmocka_unit_test(split_folds_codes__strata__balanced),
		cmocka_unit_test(tree_opts_sizes__each_from_the_other),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
