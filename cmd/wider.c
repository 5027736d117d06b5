/* statpipe wider: a column per value of a names column (pivot_wider). */
#include <string.h>

#include "wrangle/pivot.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe wider --names-from col --values-from col [-k ids]\n"
    "           [--fill value] [--agg first|last|count|sum|mean] [file ...]\n";

enum { OPT_AGG = OPT_CMD, OPT_FILL, OPT_NAMES_FROM, OPT_VALUES_FROM };

int
cmd_wider(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "agg",	required_argument,	NULL,	OPT_AGG },
		{ "fill",	required_argument,	NULL,	OPT_FILL },
		{ "keys",	required_argument,	NULL,	'k' },
		{ "names-from",	required_argument,	NULL,	OPT_NAMES_FROM },
		{ "values-from", required_argument,	NULL,	OPT_VALUES_FROM },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pivot_wider_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			o.ids = optarg;
			break;
		case OPT_AGG:
			if (pivot_parse_agg(optarg, &o.agg) != 0)
				die_usage(&com, "--agg: \"%s\" is not one of "
				    "first, last, count, sum, mean", optarg);
			break;
		case OPT_FILL:
			o.fill = optarg;
			break;
		case OPT_NAMES_FROM:
			o.names_from = optarg;
			break;
		case OPT_VALUES_FROM:
			o.values_from = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (o.names_from == NULL || o.values_from == NULL)
		die_usage(&com, "--names-from and --values-from are required");
	w = common_rows_out(&com);
	common_rows_end(&com, w, pivot_wider(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
