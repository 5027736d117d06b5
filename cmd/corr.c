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
    "           -c cols [file ...]\n";

enum { OPT_COMPLETE = OPT_CMD, OPT_MATRIX, OPT_METHOD };

int
cmd_corr(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "complete",	no_argument,		NULL,	OPT_COMPLETE },
		{ "matrix",	no_argument,		NULL,	OPT_MATRIX },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		COMMON_OPT_ALTERNATIVE,
		COMMON_OPT_CONF_LEVEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	enum corr_method method = CORR_PEARSON;
	const char *keep[1];		/* the columns to store */
	const char *cols = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *col, ncol;
	int ch, complete = 0, matrix = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
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
	if (cols == NULL)
		die_usage(&com, "-c is required");
	keep[0] = cols;
	common_keep(&com, keep, 1);
	f = common_read(&com, argc, argv);
	ncol = common_cols(f, cols, &col);
	if (ncol < 2)
		die_usage(&com, "-c: at least two columns are needed");
	if (com.alt != ALT_TWO_SIDED && matrix)
		die_usage(&com, "--alternative: --matrix has no p-values");
	if (corr_table_sided(f, col, ncol, method, com.alt, complete, matrix,
	    com.conf_level, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
