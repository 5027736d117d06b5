/* statpipe vartest: the F test comparing two variances. */
#include <stdlib.h>

#include "core/num.h"
#include "stats/vartest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe vartest -c x,y | -c x -g col [--levels a,b]\n"
    "           [--ratio r] [--alternative two-sided|less|greater] "
    "[--conf-level p]\n"
    "           [file ...]\n";

enum { OPT_RATIO = OPT_CMD };

int
cmd_vartest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "ratio",	required_argument,	NULL,	OPT_RATIO },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_CONF_LEVEL, COMMON_OPT_GROUP,
		COMMON_OPT_LEVELS,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct vartest_opts o = VARTEST_OPTS_INIT;
	struct vartest_spec sp = { 0, 0, NULL, NULL };
	const char *keep[2] = { NULL, NULL };
	size_t *ci, *bi = NULL, nc;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			keep[0] = optarg;
			break;
		case OPT_RATIO:
			if (num_parse_opt(optarg, &o.ratio) != 0 ||
			    !(o.ratio > 0))
				die_usage(&com, "--ratio: \"%s\" is not a "
				    "positive number", optarg);
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
	keep[1] = com.group;
	sp.levels = com.levels;
	o.alt = com.alt;
	o.conf_level = com.conf_level;
	if (sp.levels != NULL && keep[1] == NULL)
		die_usage(&com, "--levels needs -g");
	common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	nc = common_cols(f, keep[0], &ci);
	if (nc != (keep[1] ? 1u : 2u))
		die_usage(&com, "-c: name two columns, or one with -g");
	sp.x = ci[0];
	sp.y = ci[nc - 1];
	if (keep[1] && common_cols(f, keep[1], &bi) != 1)
		die_usage(&com, "-g: name one column");
	sp.by = bi;
	if (vartest_frame(f, &sp, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(ci);
	free(bi);
	frame_free(f);
	return STATUS_OK;
}
