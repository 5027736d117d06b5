/* statpipe uniq: distinct rows, or one row per distinct key. */
#include <string.h>

#include "wrangle/uniq.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe uniq [-k keys] [--count] [--keep first|last] "
    "[file ...]\n";

enum { OPT_COUNT = OPT_CMD, OPT_KEEP };

int
cmd_uniq(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "count",	no_argument,		NULL,	OPT_COUNT },
		{ "keep",	required_argument,	NULL,	OPT_KEEP },
		{ "keys",	required_argument,	NULL,	'k' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct uniq_opts o;
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
			o.keys = optarg;
			break;
		case OPT_COUNT:
			o.count = 1;
			break;
		case OPT_KEEP:
			if (strcmp(optarg, "first") != 0 &&
			    strcmp(optarg, "last") != 0)
				die_usage(&com, "--keep: \"%s\" is not first or "
				    "last", optarg);
			o.keep_last = strcmp(optarg, "last") == 0;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	w = common_rows_out(&com);
	common_rows_end(&com, w, uniq_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
