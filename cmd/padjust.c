/* statpipe padjust: a column of p-values adjusted for multiple comparisons. */
#include <stdlib.h>

#include "stats/padjust.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe padjust -c col\n"
    "           [--method holm|hochberg|hommel|bonferroni|BH|fdr|BY|none]\n"
    "           [file ...]\n";

enum { OPT_METHOD = OPT_CMD };

int
cmd_padjust(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "column",	required_argument,	NULL,	'c' },
		{ "method",	required_argument,	NULL,	OPT_METHOD },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	enum padjust_method m = PADJUST_HOLM;
	const char *colspec = NULL;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	size_t *col;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			colspec = optarg;
			break;
		case OPT_METHOD:
			if (padjust_parse_method(optarg, &m) != 0)
				die_usage(&com, "--method: \"%s\" is not one of "
				    "%s", optarg, padjust_names);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (colspec == NULL)
		die_usage(&com, "-c is required");
	f = common_read(&com, argc, argv);
	if (common_cols(f, colspec, &col) != 1)
		die_usage(&com, "-c: name one column of p-values");
	if (padjust_frame(f, col[0], m, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
