/*
 * statpipe ttest, ztest and ranktest: compare means and locations.  The
 * three take the same samples in the same forms, so they share this file
 * and differ only in the test lib/htest runs.
 */
#include <stdlib.h>
#include <string.h>

#include "stats/htest.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char ttest_usage[] =
    "usage: statpipe ttest -c cols [-g col [--levels a,b]] [--strata keys]\n"
    "           [--paired] [--equal-var] [--mu m] [--alternative alt]\n"
    "           [--conf-level p] [--effect-ci] [--p-adjust method] [--sort]\n"
    "           [file ...]\n";
static const char ztest_usage[] =
    "usage: statpipe ztest --sigma s[,s2] -c cols [-g col [--levels a,b]]\n"
    "           [--strata keys] [--paired] [--mu m] [--alternative alt]\n"
    "           [--conf-level p] [--p-adjust method] [--sort] [file ...]\n";
static const char ranktest_usage[] =
    "usage: statpipe ranktest -c cols [-g col [--levels a,b]] [--strata keys]\n"
    "           [--paired] [--exact | --approx] [--no-correction] [--mu m]\n"
    "           [--alternative alt] [--conf-level p] [--p-adjust method]\n"
    "           [--sort] [file ...]\n";

enum { OPT_APPROX = OPT_CMD, OPT_EFFECT_CI, OPT_EQUAL_VAR, OPT_EXACT, OPT_MU,
	OPT_PAIRED, OPT_SIGMA };

/* --sigma s or s1,s2: positive numbers. */
static int
parse_sigma(char *arg, struct htest_opts *o)
{
	char *comma = strchr(arg, ',');
	int rc;

	if (comma != NULL)
		*comma = '\0';
	rc = num_parse_opt(arg, &o->sigma1) != 0 || !(o->sigma1 > 0);
	o->sigma2 = o->sigma1;
	if (comma != NULL) {
		rc |= num_parse_opt(comma + 1, &o->sigma2) != 0 ||
		    !(o->sigma2 > 0);
		*comma = ',';
	}
	return rc ? -1 : 0;
}

/* Refuse an option that belongs to another of the three commands. */
static void
only_for(const struct common *com, enum htest_test have,
    enum htest_test want, const char *opt)
{
	static const char *const name[] = { "ttest", "ztest", "ranktest" };

	if (have != want)
		die_usage(com, "%s is an option of statpipe %s", opt,
		    name[want]);
}

static int
run(int argc, char **argv, enum htest_test test, const char *usage)
{
	static const struct option longopts[] = {
		{ "approx",	no_argument,		NULL,	OPT_APPROX },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "effect-ci",	no_argument,		NULL,	OPT_EFFECT_CI },
		{ "equal-var",	no_argument,		NULL,	OPT_EQUAL_VAR },
		{ "exact",	no_argument,		NULL,	OPT_EXACT },
		{ "mu",		required_argument,	NULL,	OPT_MU },
		{ "paired",	no_argument,		NULL,	OPT_PAIRED },
		{ "sigma",	required_argument,	NULL,	OPT_SIGMA },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_STRATA, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_GROUP_BY, COMMON_OPT_LEVELS, COMMON_OPT_NO_CORRECTION,
		COMMON_OPT_P_ADJUST, COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_spec sp;
	const char *cols = NULL;
	size_t *col, *group = NULL, *key = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch, have_sigma = 0;

	memset(&sp, 0, sizeof(sp));
	o.test = test;
	common_init(&com, usage);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_APPROX:
			only_for(&com, test, HTEST_RANK, "--approx");
			o.exact = 0;
			break;
		case OPT_EFFECT_CI:
			only_for(&com, test, HTEST_T, "--effect-ci");
			o.effect_ci = 1;
			break;
		case OPT_EQUAL_VAR:
			only_for(&com, test, HTEST_T, "--equal-var");
			o.equal_var = 1;
			break;
		case OPT_EXACT:
			only_for(&com, test, HTEST_RANK, "--exact");
			o.exact = 1;
			break;
		case OPT_MU:
			if (num_parse_opt(optarg, &o.mu) != 0)
				die_usage(&com, "--mu: \"%s\" is not a number",
				    optarg);
			break;
		case OPT_PAIRED:
			o.paired = 1;
			break;
		case OPT_SIGMA:
			only_for(&com, test, HTEST_Z, "--sigma");
			if (parse_sigma(optarg, &o) != 0)
				die_usage(&com, "--sigma: \"%s\" is not one or "
				    "two positive numbers", optarg);
			have_sigma = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
			if (ch == COPT_NO_CORRECTION)
				only_for(&com, test, HTEST_RANK,
				    "--no-correction");
		}
	}
	argc -= optind;
	argv += optind;
	if (cols == NULL)
		die_usage(&com, "-c is required");
	if (test == HTEST_Z && !have_sigma)
		die_usage(&com, "--sigma is required");
	o.alt = com.alt;
	o.conf_level = com.conf_level;
	o.correct = com.correct;
	sp.levels = com.levels;
	sp.sort = com.sort;
	{
		const char *const lists[] = { cols, com.group, com.by };

		common_keep(&com, lists, 3);
		f = common_read(&com, argc, argv);
	}
	sp.ncols = common_cols(f, cols, &col);
	sp.cols = col;
	if (com.group != NULL) {
		if (common_cols(f, com.group, &group) != 1)
			die_usage(&com, "-g: give one grouping column");
		sp.group = group;
	}
	if (com.by != NULL) {
		sp.nby = common_cols(f, com.by, &key);
		sp.by = key;
	}
	if (htest_frame(f, &sp, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write_adjusted(&com, t);
	free(col);
	free(group);
	free(key);
	frame_free(f);
	return STATUS_OK;
}

int
cmd_ttest(int argc, char **argv)
{
	return run(argc, argv, HTEST_T, ttest_usage);
}

int
cmd_ztest(int argc, char **argv)
{
	return run(argc, argv, HTEST_Z, ztest_usage);
}

int
cmd_ranktest(int argc, char **argv)
{
	return run(argc, argv, HTEST_RANK, ranktest_usage);
}
