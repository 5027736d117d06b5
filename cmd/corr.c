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

enum { OPT_COMPLETE = OPT_CMD, OPT_CONF, OPT_MATRIX, OPT_METHOD, OPT_ALT };

int
cmd_corr(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "alternative", required_argument,	NULL,	OPT_ALT },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "complete",	no_argument,		NULL,	OPT_COMPLETE },
		{ "conf-level",	required_argument,	NULL,	OPT_CONF },
		{ "matrix",	no_argument,		NULL,	OPT_MATRIX },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	enum corr_method method = CORR_PEARSON;
	enum htest_alt alt = HTEST_TWO_SIDED;
	const char *keep[1];		/* the columns to store */
	const char *cols = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *col, ncol;
	double level = 0.95;
	int ch, complete = 0, matrix = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_ALT:
			if (htest_parse_alt(optarg, &alt) != 0)
				die_usage(&com, "--alternative: \"%s\" is not "
				    "two-sided, less or greater", optarg);
			break;
		case OPT_COMPLETE:
			complete = 1;
			break;
		case OPT_CONF:
			if (num_parse_opt(optarg, &level) != 0 || level <= 0 ||
			    level >= 1)
				die_usage(&com, "--conf-level: \"%s\" is not a "
				    "number between 0 and 1", optarg);
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
	if (alt != HTEST_TWO_SIDED && matrix)
		die_usage(&com, "--alternative: --matrix has no p-values");
	if (corr_table_sided(f, col, ncol, method, alt, complete, matrix,
	    level, &t, &d) != 0)
		die(&d);
	common_write(&com, t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
