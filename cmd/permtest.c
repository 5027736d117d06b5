/* statpipe permtest: the two-sample permutation test. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "stats/resample.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe permtest -y col -g col [--levels a,b]\n"
    "           [--stat mean-diff|median-diff] [--reps n] [--seed s] "
    "[file ...]\n";

enum { OPT_REPS = OPT_CMD, OPT_STAT };

int
cmd_permtest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "reps",	required_argument,	NULL,	OPT_REPS },
		{ "stat",	required_argument,	NULL,	OPT_STAT },
		{ "y",		required_argument,	NULL,	'y' },
		COMMON_OPT_GROUP, COMMON_OPT_LEVELS, COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	enum permtest_stat st = PERMTEST_MEAN_DIFF;
	struct resample_spec sp = { 0, 0, NULL, NULL };
	const char *keep[2] = { NULL, NULL };
	size_t *yi, *gi, reps = 9999;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	long v;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "g:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'y':
			keep[0] = optarg;
			break;
		case OPT_REPS:
			if (num_parse_int(optarg, 1, 100000000L, &v) != 0)
				die_usage(&com, "--reps: \"%s\" is not a whole "
				    "number from 1 to 100000000", optarg);
			reps = (size_t)v;
			break;
		case OPT_STAT:
			if (strcmp(optarg, "mean-diff") == 0)
				st = PERMTEST_MEAN_DIFF;
			else if (strcmp(optarg, "median-diff") == 0)
				st = PERMTEST_MEDIAN_DIFF;
			else
				die_usage(&com, "--stat: \"%s\" is not "
				    "mean-diff or median-diff", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	keep[1] = com.group;
	sp.levels = com.levels;
	if (keep[0] == NULL || keep[1] == NULL)
		die_usage(&com, "-y and -g are required");
	common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	if (common_cols(f, keep[0], &yi) != 1 || common_cols(f, keep[1],
	    &gi) != 1)
		die_usage(&com, "-y and -g: name one column each");
	sp.x = yi[0];
	sp.by = gi;
	if (permtest_frame(f, &sp, st, reps, common_given(&com, COPT_SEED) ?
	    com.seed : 1, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(yi);
	free(gi);
	frame_free(f);
	return STATUS_OK;
}
