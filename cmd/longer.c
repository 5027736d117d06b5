/* statpipe longer: columns stacked into name and value rows (pivot_longer). */
#include <string.h>

#include "wrangle/pivot.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe longer -c cols [--names-to name] [--values-to name] "
    "[file ...]\n";

enum { OPT_NAMES_TO = OPT_CMD, OPT_VALUES_TO };

int
cmd_longer(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "names-to",	required_argument,	NULL,	OPT_NAMES_TO },
		{ "values-to",	required_argument,	NULL,	OPT_VALUES_TO },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pivot_longer_opts o = { NULL, "name", "value" };
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case OPT_NAMES_TO:
			o.names_to = optarg;
			break;
		case OPT_VALUES_TO:
			o.values_to = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (o.cols == NULL)
		die_usage(&com, "-c is required");
	w = common_rows_out(&com);
	common_rows_end(&com, w, pivot_longer(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
