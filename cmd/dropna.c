/* statpipe dropna: rows with missing values left out, and counted. */
#include <string.h>

#include "wrangle/fill.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe dropna [-c cols] [--how any|all] [file ...]\n";

enum { OPT_HOW = OPT_CMD };

int
cmd_dropna(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "how",	required_argument,	NULL,	OPT_HOW },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct dropna_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case OPT_HOW:
			if (strcmp(optarg, "any") != 0 &&
			    strcmp(optarg, "all") != 0)
				die_usage(&com, "--how: \"%s\" is not any or "
				    "all", optarg);
			o.all = strcmp(optarg, "all") == 0;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	w = common_rows_out(&com);
	common_rows_end(&com, w, fill_dropna(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
