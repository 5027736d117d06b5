/*
 * statpipe ttest, ztest and ranktest: compare means and locations.  The
 * three take the same samples in the same forms, so they share this file
 * and differ only in the test lib/htest runs.
 */
#include <stdlib.h>
#include <string.h>

#include "stats/htest.h"
#include "cmd.h"
#include "common.h"

static const char ttest_usage[] =
    "usage: statpipe ttest -c cols [--by col [--levels a,b]] [--each keys]\n"
    "           [--paired] [--equal-var] [--mu m] [--alternative alt]\n"
    "           [--conf-level p] [--sort] [file ...]\n";
static const char ztest_usage[] =
    "usage: statpipe ztest --sigma s[,s2] -c cols [--by col [--levels a,b]]\n"
    "           [--each keys] [--paired] [--mu m] [--alternative alt]\n"
    "           [--conf-level p] [--sort] [file ...]\n";
static const char ranktest_usage[] =
    "usage: statpipe ranktest -c cols [--by col [--levels a,b]] "
    "[--each keys]\n"
    "           [--paired] [--exact | --approx] [--no-correct] [--mu m]\n"
    "           [--alternative alt] [--conf-level p] [--sort] [file ...]\n";

enum {
	OPT_ALT = OPT_CMD, OPT_APPROX, OPT_BY, OPT_CONF, OPT_EACH,
	OPT_EQUAL_VAR, OPT_EXACT, OPT_LEVELS, OPT_MU, OPT_NO_CORRECT,
	OPT_PAIRED, OPT_SIGMA, OPT_SORT
};

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
		{ "alternative", required_argument,	NULL,	OPT_ALT },
		{ "approx",	no_argument,		NULL,	OPT_APPROX },
		{ "by",		required_argument,	NULL,	OPT_BY },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "conf-level",	required_argument,	NULL,	OPT_CONF },
		{ "each",	required_argument,	NULL,	OPT_EACH },
		{ "equal-var",	no_argument,		NULL,	OPT_EQUAL_VAR },
		{ "exact",	no_argument,		NULL,	OPT_EXACT },
		{ "levels",	required_argument,	NULL,	OPT_LEVELS },
		{ "mu",		required_argument,	NULL,	OPT_MU },
		{ "no-correct",	no_argument,		NULL,	OPT_NO_CORRECT },
		{ "paired",	no_argument,		NULL,	OPT_PAIRED },
		{ "sigma",	required_argument,	NULL,	OPT_SIGMA },
		{ "sort",	no_argument,		NULL,	OPT_SORT },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_spec sp;
	const char *cols = NULL, *by = NULL, *each = NULL;
	size_t *col, *bycol = NULL, *key = NULL, nby;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch, have_sigma = 0;

	memset(&sp, 0, sizeof(sp));
	o.test = test;
	common_init(&com, usage);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_ALT:
			if (htest_parse_alt(optarg, &o.alt) != 0)
				die_usage(&com, "--alternative: \"%s\" is not "
				    "one of two-sided, less, greater", optarg);
			break;
		case OPT_APPROX:
			only_for(&com, test, HTEST_RANK, "--approx");
			o.exact = 0;
			break;
		case OPT_BY:
			by = optarg;
			break;
		case OPT_CONF:
			if (num_parse_opt(optarg, &o.conf_level) != 0 ||
			    !(o.conf_level > 0 && o.conf_level < 1))
				die_usage(&com, "--conf-level: \"%s\" is not a "
				    "number between 0 and 1", optarg);
			break;
		case OPT_EACH:
			each = optarg;
			break;
		case OPT_EQUAL_VAR:
			only_for(&com, test, HTEST_T, "--equal-var");
			o.equal_var = 1;
			break;
		case OPT_EXACT:
			only_for(&com, test, HTEST_RANK, "--exact");
			o.exact = 1;
			break;
		case OPT_LEVELS:
			sp.levels = optarg;
			break;
		case OPT_MU:
			if (num_parse_opt(optarg, &o.mu) != 0)
				die_usage(&com, "--mu: \"%s\" is not a number",
				    optarg);
			break;
		case OPT_NO_CORRECT:
			only_for(&com, test, HTEST_RANK, "--no-correct");
			o.correct = 0;
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
		case OPT_SORT:
			sp.sort = 1;
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
	if (test == HTEST_Z && !have_sigma)
		die_usage(&com, "--sigma is required");
	{
		const char *const lists[] = { cols, by, each };

		common_keep(&com, lists, 3);
		f = common_read(&com, argc, argv);
	}
	sp.ncols = common_cols(f, cols, &col);
	sp.cols = col;
	if (by != NULL) {
		nby = common_cols(f, by, &bycol);
		if (nby != 1)
			die_usage(&com, "--by: give one grouping column");
		sp.by = bycol;
	}
	if (each != NULL) {
		sp.neach = common_cols(f, each, &key);
		sp.each = key;
	}
	if (htest_frame(f, &sp, &o, &t, &d) != 0) {
		if (d.status == STATUS_USAGE)
			die_usage(&com, "%s", d.msg);
		die(&d);
	}
	common_write(&com, t);
	free(col);
	free(bycol);
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
