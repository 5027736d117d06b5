/* statpipe boot: bootstrap intervals of a statistic. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "stats/resample.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe boot -c col[,col2]\n"
    "           --stat mean|median|sd|var|trimmed:p|quantile:p|cor\n"
    "           [--reps n] [--ci perc|basic|bca|norm] [--conf-level p] "
    "[--seed s]\n"
    "           [--by col] [file ...]\n";

enum { OPT_CI = OPT_CMD, OPT_REPS, OPT_STAT };

int
cmd_boot(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "ci",		required_argument,	NULL,	OPT_CI },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "reps",	required_argument,	NULL,	OPT_REPS },
		{ "stat",	required_argument,	NULL,	OPT_STAT },
		COMMON_OPT_BY, COMMON_OPT_CONF_LEVEL, COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct resample_opts o = { RESAMPLE_MEAN, 0, RESAMPLE_PERC, 0.95, 9999,
	    1 };
	struct resample_spec sp = { 0, 0, NULL, NULL };
	const char *keep[2] = { NULL, NULL }, *stat = "mean";
	size_t *ci, *bi = NULL, nc;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	long v;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			keep[0] = optarg;
			break;
		case OPT_CI:
			if (resample_parse_ci(optarg, &o.ci) != 0)
				die_usage(&com, "--ci: \"%s\" is not perc, "
				    "basic, bca or norm", optarg);
			break;
		case OPT_REPS:
			if (num_parse_int(optarg, 2, 100000000L, &v) != 0)
				die_usage(&com, "--reps: \"%s\" is not a whole "
				    "number from 2 to 100000000", optarg);
			o.reps = (size_t)v;
			break;
		case OPT_STAT:
			stat = optarg;
			if (resample_parse_stat(optarg, &o) != 0)
				die_usage(&com, "--stat: \"%s\" is not mean, "
				    "median, sd, var, trimmed:p (p in [0, 0.5]), "
				    "quantile:p (p in [0, 1]) or cor", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (keep[0] == NULL)
		die_usage(&com, "-c is required");
	keep[1] = com.by;
	o.conf_level = com.conf_level;
	if (common_given(&com, COPT_SEED))
		o.seed = com.seed;
	if (o.stat == RESAMPLE_COR && strchr(stat, ':') != NULL)
		die_usage(&com, "--stat cor: name its two columns with -c x,y");
	common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	nc = common_cols(f, keep[0], &ci);
	if (nc != (o.stat == RESAMPLE_COR ? 2u : 1u))
		die_usage(&com, "-c: name %s", o.stat == RESAMPLE_COR ?
		    "two columns for cor" : "one column");
	sp.x = ci[0];
	sp.y = ci[nc - 1];
	if (keep[1] && common_cols(f, keep[1], &bi) != 1)
		die_usage(&com, "--by: name one column");
	sp.by = bi;
	if (boot_frame(f, &sp, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(ci);
	free(bi);
	frame_free(f);
	return STATUS_OK;
}
