/* statpipe pairwise: every pair of groups compared, p-values adjusted. */
#include <stdlib.h>

#include "stats/pairwise.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe pairwise -y col -g col [--test t|wilcox|prop|dunn|"
    "games-howell]\n"
    "           [--p-adjust method] [--no-pool-sd] [--paired] "
    "[--no-correction]\n"
    "           [--alternative two-sided|less|greater] [--levels a,b,...]\n"
    "           [--success value] [file ...]\n";

enum { OPT_NO_POOL = OPT_CMD, OPT_PAIRED, OPT_SUCCESS, OPT_TEST };

int
cmd_pairwise(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "no-pool-sd",	no_argument,		NULL,	OPT_NO_POOL },
		{ "paired",	no_argument,		NULL,	OPT_PAIRED },
		{ "success",	required_argument,	NULL,	OPT_SUCCESS },
		{ "test",	required_argument,	NULL,	OPT_TEST },
		{ "y",		required_argument,	NULL,	'y' },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_GROUP, COMMON_OPT_LEVELS,
		COMMON_OPT_NO_CORRECTION, COMMON_OPT_P_ADJUST,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pairwise_opts o = PAIRWISE_OPTS_INIT;
	struct pairwise_spec sp = { 0, 0, NULL, NULL };
	const char *keep[2] = { NULL, NULL };
	size_t *yi, *gi;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "g:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'y':
			keep[0] = optarg;
			break;
		case OPT_NO_POOL:
			o.pool_sd = 0;
			break;
		case OPT_PAIRED:
			o.paired = 1;
			break;
		case OPT_SUCCESS:
			sp.success = optarg;
			break;
		case OPT_TEST:
			if (pairwise_parse_test(optarg, &o.test) != 0)
				die_usage(&com, "--test: \"%s\" is not t, "
				    "wilcox, prop, dunn or games-howell", optarg);
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
	o.alt = com.alt;
	o.correct = com.correct;
	if (com.p_adjust != NULL && padjust_parse_method(com.p_adjust,
	    &o.adjust) != 0)
		die_usage(&com, "--p-adjust: \"%s\" is not one of %s",
		    com.p_adjust, padjust_names);
	if (keep[0] == NULL || keep[1] == NULL)
		die_usage(&com, "-y and -g are required");
	if ((o.test == PAIRWISE_PROP) != (sp.success != NULL))
		die_usage(&com, "--success goes with --test prop, and it with "
		    "--success");
	if (o.paired && o.test != PAIRWISE_T && o.test != PAIRWISE_WILCOX)
		die_usage(&com, "--paired: only t and wilcox tests pair");
	if (o.alt != ALT_TWO_SIDED && o.test != PAIRWISE_T &&
	    o.test != PAIRWISE_WILCOX)
		die_usage(&com, "--alternative: only t and wilcox tests have "
		    "one side");
	common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	if (common_cols(f, keep[0], &yi) != 1 || common_cols(f, keep[1],
	    &gi) != 1)
		die_usage(&com, "-y and -g: name one column each");
	sp.y = yi[0];
	sp.g = gi[0];
	if (pairwise_frame(f, &sp, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(yi);
	free(gi);
	frame_free(f);
	return STATUS_OK;
}
