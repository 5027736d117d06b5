/*
 * lib/htest against R: t.test, wilcox.test and a z-test by hand on the
 * data sets in testdata/.  The expected values are printed by
 * scripts/gen-fixtures-ttest.R (the R call of each case is there, under
 * the case's name); values agree to 1e-9 relative, p-values to 1e-7.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "core/diag.h"
#include "frame/frame.h"
#include "stats/htest.h"
#include "io/out.h"

/* One test: where the samples are, the options, and the row to check. */
struct tcase {
	const char	*name;		/* as in gen-fixtures-ttest.R */
	const char	*file;		/* in testdata/ */
	const char	*cols;		/* comma-separated column names */
	const char	*by;		/* or NULL */
	const char	*levels;
	const char	*each;		/* one key, or NULL */
	int		 sort;
	size_t		 row;		/* of the result table */
	struct htest_opts o;
	size_t		 n1, n2;	/* expected sample sizes */
};

#define T_	HTEST_T
#define Z_	HTEST_Z
#define R_	HTEST_RANK
#define TWO	ALT_TWO_SIDED
#define LESS	ALT_LESS
#define GREATER	ALT_GREATER
/* test, alternative, mu, conf_level, equal_var, paired, sigmas, correct */
#define OPTS(t, a, mu, cl, ev, pa, s1, s2, co)	\
	{ t, a, mu, cl, ev, pa, s1, s2, co, -1, 0 }

/*
 * The two levels of supp as R computed them (VC first); without --levels
 * statpipe orders them as R's factor() does, OJ first.
 */
/* clang-format off */
static const struct tcase cases[] = {
	{ "one-sample", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(T_, TWO, 20, 0.95, 0, 0, 0, 0, 1), 32, 0 },
	{ "one-less", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(T_, LESS, 20, 0.95, 0, 0, 0, 0, 1), 32, 0 },
	{ "one-greater", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(T_, GREATER, 20, 0.95, 0, 0, 0, 0, 1), 32, 0 },
	{ "welch-by", "ToothGrowth.csv", "len", "supp", "VC,OJ", NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 30, 30 },
	{ "welch-sorted", "ToothGrowth.csv", "len", "supp", NULL, NULL, 1, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 30, 30 },
	{ "pooled", "ToothGrowth.csv", "len", "supp", "OJ,VC", NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 1, 0, 0, 0, 1), 30, 30 },
	{ "two-mu-greater", "ToothGrowth.csv", "len", "supp", "OJ,VC", NULL,
	  0, 0, OPTS(T_, GREATER, 1, 0.95, 0, 0, 0, 0, 1), 30, 30 },
	{ "pooled-less", "ToothGrowth.csv", "len", "supp", NULL, NULL, 1, 0,
	  OPTS(T_, LESS, 0, 0.95, 1, 0, 0, 0, 1), 30, 30 },
	{ "conf-99", "mtcars.csv", "mpg", "am", NULL, NULL, 1, 0,
	  OPTS(T_, TWO, 0, 0.99, 0, 0, 0, 0, 1), 19, 13 },
	{ "two-columns", "sleep-wide.csv", "drug1,drug2", NULL, NULL, NULL, 0,
	  0, OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "paired", "sleep-wide.csv", "drug1,drug2", NULL, NULL, NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 1, 0, 0, 1), 10, 10 },
	{ "paired-by", "sleep.csv", "extra", "group", NULL, NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 1, 0, 0, 1), 10, 10 },
	{ "each-0.5", "ToothGrowth.csv", "len", "supp", "VC,OJ", "dose", 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "each-1", "ToothGrowth.csv", "len", "supp", "VC,OJ", "dose", 0, 1,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "each-2", "ToothGrowth.csv", "len", "supp", "VC,OJ", "dose", 0, 2,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "missing-by", "airquality.csv", "Ozone", "Month", "5,8", NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 26, 26 },
	{ "missing-paired", "airquality.csv", "Ozone,Solar.R", NULL, NULL,
	  NULL, 0, 0, OPTS(T_, TWO, 0, 0.95, 0, 1, 0, 0, 1), 111, 111 },
	{ "missing-two", "airquality.csv", "Ozone,Solar.R", NULL, NULL, NULL,
	  0, 0, OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 116, 146 },
	{ "several-mpg", "mtcars.csv", "mpg,hp,wt", "am", "0,1", NULL, 0, 0,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 19, 13 },
	{ "several-hp", "mtcars.csv", "mpg,hp,wt", "am", "0,1", NULL, 0, 1,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 19, 13 },
	{ "several-wt", "mtcars.csv", "mpg,hp,wt", "am", "0,1", NULL, 0, 2,
	  OPTS(T_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 19, 13 },
	{ "z-one", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(Z_, TWO, 20, 0.95, 0, 0, 6, 6, 1), 32, 0 },
	{ "z-one-less", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(Z_, LESS, 20, 0.95, 0, 0, 6, 6, 1), 32, 0 },
	{ "z-two", "ToothGrowth.csv", "len", "supp", "VC,OJ", NULL, 0, 0,
	  OPTS(Z_, TWO, 0, 0.95, 0, 0, 8, 7, 1), 30, 30 },
	{ "z-two-greater-99", "ToothGrowth.csv", "len", "supp", "VC,OJ", NULL, 0,
	  0, OPTS(Z_, GREATER, 0, 0.99, 0, 0, 8, 7, 1), 30, 30 },
	{ "z-paired", "sleep-wide.csv", "drug1,drug2", NULL, NULL, NULL, 0, 0,
	  OPTS(Z_, TWO, 0, 0.95, 0, 1, 1.2, 1.2, 1), 10, 10 },
	{ "rank-exact", "PlantGrowth.csv", "weight", "group", "trt1,trt2",
	  NULL, 0, 0, OPTS(R_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "rank-exact-less", "PlantGrowth.csv", "weight", "group", "trt1,trt2",
	  NULL, 0, 0, OPTS(R_, LESS, 0, 0.95, 0, 0, 0, 0, 1), 10, 10 },
	{ "rank-exact-mu", "PlantGrowth.csv", "weight", "group", "trt1,trt2",
	  NULL, 0, 0, OPTS(R_, GREATER, -0.5, 0.9, 0, 0, 0, 0, 1), 10, 10 },
	{ "rank-ties", "ToothGrowth.csv", "len", "supp", "VC,OJ", NULL, 0, 0,
	  OPTS(R_, TWO, 0, 0.95, 0, 0, 0, 0, 1), 30, 30 },
	{ "rank-ties-nocorrect", "ToothGrowth.csv", "len", "supp", "VC,OJ", NULL,
	  0, 0, OPTS(R_, LESS, 0, 0.95, 0, 0, 0, 0, 0), 30, 30 },
	{ "rank-two-columns", "sleep-wide.csv", "drug1,drug2", NULL, NULL,
	  NULL, 0, 0, OPTS(R_, GREATER, 0, 0.9, 0, 0, 0, 0, 1), 10, 10 },
	{ "signed-exact", "PlantGrowth.csv", "weight", NULL, NULL, "group", 0,
	  0, OPTS(R_, TWO, 5, 0.95, 0, 0, 0, 0, 1), 10, 0 },
	{ "signed-exact-greater", "PlantGrowth.csv", "weight", NULL, NULL,
	  "group", 0, 0, OPTS(R_, GREATER, 4.8, 0.95, 0, 0, 0, 0, 1), 10, 0 },
	{ "signed-paired", "sleep-wide.csv", "drug1,drug2", NULL, NULL, NULL,
	  0, 0, OPTS(R_, TWO, 0, 0.95, 0, 1, 0, 0, 1), 10, 10 },
	{ "signed-ties-less", "mtcars.csv", "mpg", NULL, NULL, NULL, 0, 0,
	  OPTS(R_, LESS, 20, 0.95, 0, 0, 0, 0, 1), 32, 0 },
	{ "signed-ties-nocorrect", "mtcars.csv", "mpg", NULL, NULL, NULL, 0,
	  0, OPTS(R_, TWO, 20, 0.95, 0, 0, 0, 0, 0), 32, 0 },
};

/* From scripts/gen-fixtures-ttest.R: estimate, statistic, df, p_value,
 * conf_low, conf_high, cohens_d; NAN where R gives none. */
static const struct {
	const char	*name;
	double		 v[7];
} want[] = {
	{ "one-sample", { 20.090624999999999, 0.085060035681333551, 31, 0.9327606409093897, 17.917678508746242, 22.263571491253757, 0.015036632009560163 } },
	{ "one-less", { 20.090624999999999, 0.085060035681333551, 31, 0.5336196795453052, -INFINITY, 21.897071334490988, 0.015036632009560163 } },
	{ "one-greater", { 20.090624999999999, 0.085060035681333551, 31, 0.46638032045469485, 18.28417866550901, INFINITY, 0.015036632009560163 } },
	{ "welch-by", { -3.6999999999999993, -1.915268268695268, 55.30943268264059, 0.060634507880934066, -7.5710156183671629, 0.17101561836716456, -0.49452014054508575 } },
	{ "welch-sorted", { 3.6999999999999993, 1.915268268695268, 55.30943268264059, 0.060634507880934066, -0.17101561836716456, 7.5710156183671629, 0.49452014054508575 } },
	{ "pooled", { 3.6999999999999993, 1.9152682686952682, 58, 0.06039337122412871, -0.16700642014122544, 7.5670064201412242, 0.49452014054508575 } },
	{ "two-mu-greater", { 3.6999999999999993, 1.3976281960749253, 55.30943268264059, 0.083902854792117496, 0.4682686898553845, INFINITY, 0.36086604850587334 } },
	{ "pooled-less", { 3.6999999999999993, 1.9152682686952682, 58, 0.96980331438793566, -INFINITY, 6.9291795996266305, 0.49452014054508575 } },
	{ "conf-99", { -7.2449392712550598, -3.7671231451449252, 18.332251638400461, 0.0013736383330710284, -12.769127682331019, -1.7207508601790995, -1.4779470958015888 } },
	{ "two-columns", { -1.5800000000000001, -1.8608134674868531, 17.776473516178498, 0.079394140187358173, -3.3654832307117104, 0.20548323071171018, -0.83218108134953961 } },
	{ "paired", { -1.5800000000000001, -4.0621276833820366, 9, 0.0028328901973842702, -2.4598857632769824, -0.70011423672301754, -1.2845575625910546 } },
	{ "paired-by", { -1.5800000000000001, -4.0621276833820366, 9, 0.0028328901973842702, -2.4598857632769824, -0.70011423672301754, -1.2845575625910546 } },
	{ "each-0.5", { -5.2500000000000009, -3.1697327836708129, 14.968753710695397, 0.0063586067640967999, -8.7809427285323309, -1.7190572714676708, -1.4175475949595149 } },
	{ "each-1", { -5.9299999999999997, -4.0327696337193526, 15.357671628182151, 0.0010383758722998784, -9.057851750834633, -2.8021482491653655, -1.8035094077186802 } },
	{ "each-2", { 0.080000000000001847, 0.046136104909234858, 14.039821651786029, 0.96385158872337251, -3.6380704633351524, 3.7980704633351561, 0.020632693358822181 } },
	{ "missing-by", { -36.34615384615384, -4.0748796622107628, 39.279159302765969, 0.0002168565591924231, -54.383578186011725, -18.308729506295954, -1.1301682741112529 } },
	{ "missing-paired", { -142.70270270270271, -17.593289173512208, 110, 9.3304712119111621e-34, -158.77719901169598, -126.62820639370942, -1.6698811090624988 } },
	{ "missing-two", { -143.80219650448748, -17.845729988664122, 191.23155713254093, 1.4201717058811069e-42, -159.69631666748262, -127.90807634149233, -2.0327569006547779 } },
	{ "several-mpg", { -7.2449392712550598, -3.7671231451449252, 18.332251638400461, 0.0013736383330710284, -11.280194355040161, -3.2096841874699598, -1.4779470958015888 } },
	{ "several-hp", { 33.41700404858301, 1.266188769809345, 18.715409662504531, 0.22097958133591297, -21.878580201646752, 88.712588298812761, 0.49430810123334912 } },
	{ "several-wt", { 1.357894736842105, 5.4939049392100907, 29.23351556322471, 6.2720199100801436e-06, 0.85256322722239641, 1.8632262464618137, 1.8924059539123805 } },
	{ "z-one", { 20.090624999999999, 0.085442069393373829, NAN, 0.9319099488848076, 18.011769263475482, 22.169480736524516, 0.015036632009560163 } },
	{ "z-one-less", { 20.090624999999999, 0.085442069393373829, NAN, 0.53404502555759625, -INFINITY, 21.835255730515009, 0.015036632009560163 } },
	{ "z-two", { -3.6999999999999993, -1.9064399477393148, NAN, 0.056593149992054177, -7.5038789270008568, 0.10387892700085889, -0.49452014054508575 } },
	{ "z-two-greater-99", { -3.6999999999999993, -1.9064399477393148, NAN, 0.97170342500397289, -8.2149531954352888, INFINITY, -0.49452014054508575 } },
	{ "z-paired", { -1.5800000000000001, -4.1636655858883662, NAN, 3.1317871257982371e-05, -2.3237540387654736, -0.83624596123452621, -1.2845575625910546 } },
	{ "rank-exact", { -0.94499999999999984, 16, NAN, 0.0089306977851869498, -1.5, -0.3100000000000005, -1.3461569918326173 } },
	{ "rank-exact-less", { -0.94499999999999984, 16, NAN, 0.0044653488925934749, -INFINITY, -0.4399999999999995, -1.3461569918326173 } },
	{ "rank-exact-mu", { -0.94499999999999984, 31, NAN, 0.92842992920392298, -1.3300000000000001, INFINITY, -0.56803156302763635 } },
	{ "rank-ties", { -4.0000127027938799, 324.5, NAN, 0.064490672133835691, -8.5000258650980243, 0.10002934982990089, -0.49452014054508575 } },
	{ "rank-ties-nocorrect", { -4.0000127027938799, 324.5, NAN, 0.031714838198444041, -INFINITY, -0.70004156943265328, -0.49452014054508575 } },
	{ "rank-two-columns", { -1.3463884924878704, 25.5, NAN, 0.97075166860727435, -2.6999708467080668, INFINITY, -0.83218108134953961 } },
	{ "signed-exact", { 5.04, 28, NAN, 1, 4.5700000000000003, 5.3799999999999999, 0.054879905938970755 } },
	{ "signed-exact-greater", { 5.04, 41, NAN, 0.0966796875, 4.6549999999999994, INFINITY, 0.39787931805753801 } },
	{ "signed-paired", { -1.4000306721873526, 0, NAN, 0.0090906980159250559, -2.9499207995407808, -1.0500179906645428, -1.2845575625910546 } },
	{ "signed-ties-less", { 19.599975912509137, 249, NAN, 0.39312779211316984, -INFINITY, 21.549913536250074, 0.015036632009560163 } },
	{ "signed-ties-nocorrect", { 19.599975912509137, 249, NAN, 0.77907320367749855, 17.549967188739345, 22.099934581552581, 0.015036632009560163 } },
};
/* clang-format on */

static const char *const vcols[7] = {
	"estimate", "statistic", "df", "p_value", "conf_low", "conf_high",
	"cohens_d"
};

static size_t
col_index(const struct out_table *t, const char *name)
{
	size_t j;

	for (j = 0; j < t->ncols; j++)
		if (strcmp(t->name[j], name) == 0)
			return j;
	fail_msg("no column %s", name);
	return 0;
}

/* The index of a cell in t->cell and t->textoff. */
static size_t
cell(const struct out_table *t, size_t row, const char *name)
{
	return row * t->ncols + col_index(t, name);
}

/* Split "a,b" into column indexes of f. */
static size_t
find_cols(const struct frame *f, const char *list, size_t *idx)
{
	char buf[128], *s, *save = NULL;
	size_t n = 0, j;

	snprintf(buf, sizeof(buf), "%s", list);
	for (s = strtok_r(buf, ",", &save); s; s = strtok_r(NULL, ",", &save)) {
		for (j = 0; j < f->ncols && strcmp(f->col[j].name, s); j++)
			;
		assert_true(j < f->ncols);
		idx[n++] = j;
	}
	return n;
}

static struct out_table *
run_case(const struct tcase *c)
{
	struct frame_opts fo = { .delim = ',' };
	struct htest_spec sp;
	struct out_table *t = NULL;
	struct frame *f;
	struct diag d;
	size_t cols[4], by, each;
	char path[256];
	char *files[1] = { path };

	snprintf(path, sizeof(path), "testdata/%s", c->file);
	assert_int_equal(frame_read(1, files, &fo, &f, &d), 0);
	memset(&sp, 0, sizeof(sp));
	sp.ncols = find_cols(f, c->cols, cols);
	sp.cols = cols;
	if (c->by != NULL) {
		find_cols(f, c->by, &by);
		sp.group = &by;
	}
	if (c->each != NULL) {
		find_cols(f, c->each, &each);
		sp.by = &each;
		sp.nby = 1;
	}
	sp.levels = c->levels;
	sp.sort = c->sort;
	if (htest_frame(f, &sp, &c->o, &t, &d) != 0)
		fail_msg("%s", d.msg);
	frame_free(f);
	return t;
}

static void
htest_frame__matches_r(void **state)
{
	const struct tcase *c = *state;
	size_t i = (size_t)(c - cases), k;
	struct out_table *t;

	assert_string_equal(want[i].name, c->name);
	t = run_case(c);
	assert_true(c->row < t->nrows);
	for (k = 0; k < 7; k++) {
		size_t ci = cell(t, c->row, vcols[k]);
		const struct out_cell *e = &t->cell[ci];
		double w = want[i].v[k];

		if (isnan(w))
			assert_true(t->textoff[ci] == 0 && isnan(e->num));
		else if (isinf(w))
			assert_true(e->num == w);
		else
			assert_rel(e->num, w, k == 3 ? 1e-7 : 1e-9);
	}
	assert_true(t->cell[cell(t, c->row, "n1")].num == (double)c->n1);
	if (c->n2 > 0)
		assert_true(t->cell[cell(t, c->row, "n2")].num == (double)c->n2);
	else
		assert_true(isnan(t->cell[cell(t, c->row, "n2")].num));
	out_free(t);
}

/* R: psignrank(10, 10), pwilcox(20, 8, 9), pwilcox(700, 40, 45) */
static void
htest_exact__distributions_match_r(void **state)
{
	(void)state;
	assert_rel(htest_psignrank(10, 10), 0.0419921875, 1e-12);
	assert_rel(htest_pwilcox(20, 8, 9), 0.069395310571781166, 1e-12);
	assert_rel(htest_pwilcox(700, 40, 45), 0.039478475739310362, 1e-10);
}

/* A constant sample: no statistic (R: "data are essentially constant"). */
static void
htest_run__constant__undefined(void **state)
{
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_result r;
	double x[] = { 3, 3, 3 }, y[] = { 3, 3 };

	(void)state;
	htest_test(&o, x, 3, y, 2, &r);
	assert_true(isnan(r.statistic) && isnan(r.p_value));
	assert_non_null(r.undefined);
	assert_true(isnan(r.cohens_d));
	assert_true(r.mean1 == 3 && r.sd1 == 0);
}

/* One value: Welch is undefined, the pooled test is not (as in R). */
static void
htest_run__size_one(void **state)
{
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_result r;
	double x[] = { 5.1 }, y[] = { 4.9, 5.3, 6.0 };

	(void)state;
	htest_test(&o, x, 1, y, 3, &r);
	assert_true(isnan(r.statistic));
	assert_non_null(r.undefined);
	o.equal_var = 1;
	htest_test(&o, x, 1, y, 3, &r);
	/* R: t.test(5.1, c(4.9, 5.3, 6), var.equal = TRUE) */
	assert_rel(r.statistic, -0.46662826262869261, 1e-9);
	assert_rel(r.df, 2, 1e-15);
	assert_null(r.undefined);
}

/* --sigma's values, and which command each option belongs to. */
static void
htest_check__options_of_each_test(void **state)
{
	struct htest_opts o = HTEST_OPTS_INIT;
	struct diag d;

	(void)state;
	assert_int_equal(htest_check(&o, &d), 0);
	o.exact = 1;
	assert_int_equal(htest_check(&o, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_string_equal(d.msg, "--exact is an option of statpipe ranktest");
	o.test = HTEST_RANK;
	o.correct = 0;
	assert_int_equal(htest_check(&o, &d), 0);
	o.test = HTEST_Z;
	o.exact = -1;
	o.correct = 1;
	assert_int_equal(htest_check(&o, &d), -1);
	assert_string_equal(d.msg, "--sigma is required");
	assert_int_equal(htest_parse_sigma("2", &o), 0);
	assert_true(o.sigma1 == 2 && o.sigma2 == 2);
	assert_int_equal(htest_check(&o, &d), 0);
	assert_int_equal(htest_parse_sigma("1.5,3", &o), 0);
	assert_true(o.sigma1 == 1.5 && o.sigma2 == 3);
	assert_int_equal(htest_parse_sigma("1,2,3", &o), -1);
	assert_int_equal(htest_parse_sigma("1,0", &o), -1);
	assert_int_equal(htest_parse_sigma("1,", &o), -1);
	o.test = HTEST_T;
	assert_int_equal(htest_check(&o, &d), -1);
	assert_string_equal(d.msg, "--sigma is an option of statpipe ztest");
}

int
main(void)
{
	size_t n = sizeof(cases) / sizeof(cases[0]), i;
	struct CMUnitTest *tests = calloc(n + 4, sizeof(*tests));
	int rc;

	assert_true(n == sizeof(want) / sizeof(want[0]));
	for (i = 0; i < n; i++) {
		tests[i].name = cases[i].name;
		tests[i].test_func = htest_frame__matches_r;
		tests[i].initial_state = (void *)&cases[i];
	}
	tests[n].name = "htest_exact__distributions_match_r";
	tests[n].test_func = htest_exact__distributions_match_r;
	tests[n + 1].name = "htest_run__constant__undefined";
	tests[n + 1].test_func = htest_run__constant__undefined;
	tests[n + 2].name = "htest_run__size_one";
	tests[n + 2].test_func = htest_run__size_one;
	tests[n + 3].name = "htest_check__options_of_each_test";
	tests[n + 3].test_func = htest_check__options_of_each_test;
	rc = _cmocka_run_group_tests("htest", tests, n + 4, NULL, NULL);
	free(tests);
	return rc;
}
