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
    "           [--p-adjust method] [--partial]\n"
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
		COMMON_OPT_ALTERNATIVE,
		COMMON_OPT_CONF_LEVEL, COMMON_OPT_GROUP, COMMON_OPT_LEVELS,
		COMMON_OPT_P_ADJUST, COMMON_OPT_PARTIAL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	enum corr_method method = CORR_PEARSON;
	enum padjust_method adjust;
	const char *keep[2];		/* the columns to store */
	const char *cols = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *col, ncol;
	size_t *g;
	int ch, complete = 0, matrix = 0, compare = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_COMPARE:
			compare = 1;
			break;
		case OPT_COMPLETE:
			complete = 1;
			break;
		case OPT_MATRIX:
			matrix = 1;
			break;
		case OPT_METHOD:
			if (corr_parse_method(optarg, &method) != 0)
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
	if (cols == NULL && (!matrix || com.group != NULL))
		die_usage(&com, "-c is required (--matrix alone takes every "
		    "numeric column)");
	if (compare != (com.group != NULL) || (compare && (matrix || complete ||
	    method != CORR_PEARSON || com.p_adjust != NULL)))
		die_usage(&com, "--compare needs -g, and -g --compare; it "
		    "compares Pearson's r of two columns, one test");
	if (com.levels != NULL && !compare)
		die_usage(&com, "--levels needs --compare");
	if (com.partial && (compare || com.p_adjust != NULL))
		die_usage(&com, "--partial: not with --compare or --p-adjust");
	keep[0] = cols;
	keep[1] = com.group;
	if (cols != NULL)	/* else every column is read */
		common_keep(&com, keep, 2);
	f = common_read(&com, argc, argv);
	ncol = cols != NULL ? common_cols(f, cols, &col) :
	    frame_numeric_cols(f, &col);
	if (compare) {
		if (ncol != 2 || common_cols(f, com.group, &g) != 1)
			die_usage(&com, "--compare: -c names two columns, -g "
			    "one");
		if (corr_compare_frame(f, col[0], col[1], g[0], com.levels,
		    com.alt, com.conf_level, &t, &d) != 0)
			common_die(&com, &d);
		common_write(&com, t);
		free(g);
		free(col);
		frame_free(f);
		return STATUS_OK;
	}
	if (ncol < 2)
		die_usage(&com, "-c: at least two columns are needed");
	if (com.alt != ALT_TWO_SIDED && matrix)
		die_usage(&com, "--alternative: --matrix has no p-values");
	if (com.partial) {
		if (corr_state(f, col, ncol, method, com.alt, complete, matrix,
		    com.conf_level, &t, &d) != 0)
			common_die(&com, &d);
		common_write(&com, t);
	} else if (matrix && com.p_adjust != NULL) {
		(void)padjust_parse_method(com.p_adjust, &adjust);
		if (corr_matrix_adjusted(f, col, ncol, method, complete,
		    adjust, &t, &d) != 0)
			common_die(&com, &d);
		common_write(&com, t);
	} else if (corr_table_sided(f, col, ncol, method, com.alt, complete,
	    matrix, com.conf_level, &t, &d) != 0)
		common_die(&com, &d);
	else
		common_write_adjusted(&com, t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
