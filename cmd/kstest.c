/* statpipe kstest: one- and two-sample Kolmogorov-Smirnov tests. */
#include <stdlib.h>
#include <string.h>

#include "stats/dist.h"
#include "stats/kstest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe kstest -c x --dist NAME [--PARAM value ...] [file ...]\n"
    "       statpipe kstest -c x,y | -c x -g g [file ...]\n"
    "           [--alternative two-sided|less|greater] "
    "[--exact | --asymptotic]\n"
    "           [--strata keys [--sort]]\n";

enum { OPT_ASYMPTOTIC = OPT_CMD, OPT_DIST, OPT_EXACT, OPT_PAR };

int
cmd_kstest(int argc, char **argv)
{
	static const struct option fixed[] = {
		{ "asymptotic",	no_argument,		NULL,	OPT_ASYMPTOTIC },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "dist",	required_argument,	NULL,	OPT_DIST },
		{ "exact",	no_argument,		NULL,	OPT_EXACT },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_GROUP_BY,
		COMMON_OPT_STRATA, COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct option longopts[sizeof(fixed) / sizeof(fixed[0]) + DIST_NOPTS];
	const char *parnames[DIST_NOPTS];
	struct kstest_spec sp = { .alt = ALT_TWO_SIDED };
	struct dist_args da = { 0 };
	const char *cols = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag dg;
	size_t i, *col, *key = NULL;
	int ch, li;

	common_init(&com, usage_str);
	i = dist_param_names(parnames);
	i = common_name_options(longopts, parnames, i, OPT_PAR);
	memcpy(longopts + i, fixed, sizeof(fixed));
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_ASYMPTOTIC:
			sp.exact = KSTEST_ASYMPTOTIC;
			break;
		case OPT_EXACT:
			sp.exact = KSTEST_EXACT;
			break;
		case OPT_DIST:
			if ((sp.dist = dist_lookup(optarg)) == NULL)
				die_usage(&com, "--dist: unknown distribution "
				    "\"%s\" (known: %s)", optarg, dist_names());
			break;
		case OPT_PAR:
			if (dist_args_add(&da, longopts[li].name, optarg,
			    &dg) != 0)
				common_die(&com, &dg);
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
	if (sp.dist != NULL) {
		if (dist_args_setup(sp.dist, &da, &dg) != 0)
			common_die(&com, &dg);
		if (com.group != NULL)
			die_usage(&com, "-g makes two samples; --dist tests "
			    "one");
	} else if (da.n > 0)
		die_usage(&com, "--%s needs --dist", da.name[0]);
	f = common_read(&com, argc, argv);
	sp.ncols = common_cols(f, cols, &col);
	sp.cols = col;
	if (com.group != NULL) {
		sp.ngroup = common_cols(f, com.group, &key);
		sp.group = key;
	}
	sp.par = da.par;
	sp.alt = com.alt;
	common_strata(&com, &f, kstest_stratum, &sp, &t);
	common_write(&com, t);
	free(col);
	free(key);
	frame_free(f);
	return STATUS_OK;
}
