/* statpipe corr: correlation tests of every pair of columns. */
#include <stdlib.h>

#include "stats/corr.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe corr [--method pearson|spearman|kendall] [--complete] "
    "[--matrix]\n"
    "           [--alternative two-sided|less|greater] [--conf-level p]\n"
    "           [--p-adjust method] [--partial] [--by keys [--sort]]\n"
    "           -c cols [file ...]\n"
    "       statpipe corr --compare -c x,y -g col [--levels a,b]\n"
    "           [--alternative alt] [--conf-level p] [file ...]\n";

enum { OPT_COMPARE = OPT_CMD, OPT_COMPLETE, OPT_MATRIX, OPT_METHOD };

int
cmd_corr(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "compare",	no_argument,		NULL,	OPT_COMPARE },
		{ "complete",	no_argument,		NULL,	OPT_COMPLETE },
		{ "matrix",	no_argument,		NULL,	OPT_MATRIX },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_BY,
		COMMON_OPT_CONF_LEVEL, COMMON_OPT_GROUP, COMMON_OPT_LEVELS,
		COMMON_OPT_P_ADJUST, COMMON_OPT_PARTIAL, COMMON_OPT_SORT,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct corr_opts o = { .method = CORR_PEARSON };
	enum padjust_method adjust;
	const char *keep[2];		/* the columns to store */
	const char *cols = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	size_t *col, *g = NULL;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_COMPARE:
			o.compare = 1;
			break;
		case OPT_COMPLETE:
			o.complete = 1;
			break;
		case OPT_MATRIX:
			o.matrix = 1;
			break;
		case OPT_METHOD:
			if (corr_parse_method(optarg, &o.method) != 0)
				die_usage(&com, "--method: \"%s\" is not "
				    "pearson, spearman or kendall", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (cols == NULL && (!o.matrix || com.group != NULL))
		die_usage(&com, "-c is required (--matrix alone takes every "
		    "numeric column)");
	if (o.compare != (com.group != NULL) || (o.compare && (o.matrix ||
	    o.complete || o.method != CORR_PEARSON || com.p_adjust != NULL)))
		die_usage(&com, "--compare needs -g, and -g --compare; it "
		    "compares Pearson's r of two columns, one test");
	if (com.levels != NULL && !o.compare)
		die_usage(&com, "--levels needs --compare");
	if (com.partial && (o.compare || com.p_adjust != NULL))
		die_usage(&com, "--partial: not with --compare or --p-adjust");
	if (com.by != NULL && (com.partial || cols == NULL))
		die_usage(&com, "--by: give -c, and not --partial");
	keep[0] = cols;
	keep[1] = com.group;
	if (cols != NULL)	/* else every column is read */
		common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	o.ncols = cols != NULL ? common_cols(f, cols, &col) :
	    frame_numeric_cols(f, &col);
	o.cols = col;
	if (o.compare && common_cols(f, com.group, &g) != 1)
		die_usage(&com, "--compare: -c names two columns, -g one");
	o.group = o.compare ? g[0] : 0;
	o.alt = com.alt;
	o.conf_level = com.conf_level;
	o.adjust = -1;
	if (o.matrix && com.p_adjust != NULL &&
	    padjust_parse_method(com.p_adjust, &adjust) == 0)
		o.adjust = (int)adjust;
	o.partial = com.partial;
	o.levels = com.levels;
	common_strata(&com, &f, corr_stratum, &o, &t);
	if (o.partial || o.adjust >= 0 || o.compare)
		common_write(&com, t);
	else
		common_write_adjusted(&com, t);
	free(g);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
