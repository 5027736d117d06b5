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
    "usage: statpipe ttest -c cols [-g col [--levels a,b | --ref col=a]]\n"
    "           [--strata keys] [--paired] [--equal-var] [--mu m]\n"
    "           [--alternative alt] [--conf-level p] [--effect-ci]\n"
    "           [--p-adjust method] [--sort] [--partial] [file ...]\n";
static const char ztest_usage[] =
    "usage: statpipe ztest --sigma s[,s2] -c cols\n"
    "           [-g col [--levels a,b | --ref col=a]] [--strata keys]\n"
    "           [--paired] [--mu m] [--alternative alt] [--conf-level p]\n"
    "           [--p-adjust method] [--sort] [--partial] [file ...]\n";
static const char ranktest_usage[] =
    "usage: statpipe ranktest -c cols [-g col [--levels a,b | --ref col=a]]\n"
    "           [--strata keys] [--paired] [--exact | --approx]\n"
    "           [--no-correction] [--mu m] [--alternative alt]\n"
    "           [--conf-level p] [--p-adjust method] [--sort] [file ...]\n";

enum { OPT_APPROX = OPT_CMD, OPT_EFFECT_CI, OPT_EQUAL_VAR, OPT_EXACT, OPT_MU,
	OPT_PAIRED, OPT_REF, OPT_SIGMA };

static int
run(int argc, char **argv, enum htest_kind test, const char *usage)
{
	static const struct option longopts[] = {
		{ "approx",	no_argument,		NULL,	OPT_APPROX },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "effect-ci",	no_argument,		NULL,	OPT_EFFECT_CI },
		{ "equal-var",	no_argument,		NULL,	OPT_EQUAL_VAR },
		{ "exact",	no_argument,		NULL,	OPT_EXACT },
		{ "mu",		required_argument,	NULL,	OPT_MU },
		{ "paired",	no_argument,		NULL,	OPT_PAIRED },
		{ "ref",	required_argument,	NULL,	OPT_REF },
		{ "sigma",	required_argument,	NULL,	OPT_SIGMA },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_STRATA, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_GROUP_BY, COMMON_OPT_LEVELS, COMMON_OPT_NO_CORRECTION,
		COMMON_OPT_P_ADJUST, COMMON_OPT_SORT, COMMON_OPT_PARTIAL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_spec sp = { .cols = NULL };
	const char *cols = NULL;
	struct common_sel sel;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch;

	o.test = test;
	common_init(&com, usage);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_APPROX:
			o.exact = 0;
			break;
		case OPT_EFFECT_CI:
			o.effect_ci = 1;
			break;
		case OPT_EQUAL_VAR:
			o.equal_var = 1;
			break;
		case OPT_EXACT:
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
		case OPT_REF:
			sp.ref = optarg;
			break;
		case OPT_SIGMA:
			if (htest_parse_sigma(optarg, &o) != 0)
				die_usage(&com, "--sigma: \"%s\" is not one or "
				    "two positive numbers", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (cols == NULL)
		die_usage(&com, "-c is required");
	o.alt = com.alt;
	o.conf_level = com.conf_level;
	o.correct = com.correct;
	if (htest_check(&o, &d) != 0)
		common_die(&com, &d);
	sp.levels = com.levels;
	sp.sort = com.sort;
	f = common_read_sel(&com, argc, argv, cols, &sel);
	if (com.group != NULL && sel.ngroup != 1)
		die_usage(&com, "-g: give one grouping column");
	sp.cols = sel.col;
	sp.ncols = sel.ncol;
	sp.group = sel.group;
	sp.by = sel.by;
	sp.nby = sel.nby;
	if (com.partial && sp.ref != NULL)
		die_usage(&com, "--ref: not with --partial (use --levels)");
	if (com.partial && com.p_adjust != NULL)
		die_usage(&com, "--partial: not with --p-adjust");
	if ((com.partial ? htest_state : htest_frame)(f, &sp, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write_adjusted(&com, t);
	common_sel_free(&sel);
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
