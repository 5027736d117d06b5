/* statpipe freq: how often each value occurs. */
#include <string.h>

#include "core/num.h"
#include "wrangle/freq.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe freq -c col[,col2...] [--top k] [--sort count|value] "
    "[file ...]\n";

enum { OPT_SORT = OPT_CMD, OPT_TOP };

int
cmd_freq(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "sort",	required_argument,	NULL,	OPT_SORT },
		{ "top",	required_argument,	NULL,	OPT_TOP },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct freq_opts o;
	struct common com;
	struct out_table *t;
	struct diag d;
	long v;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			o.cols = optarg;
			break;
		case OPT_SORT:
			if (strcmp(optarg, "value") != 0 &&
			    strcmp(optarg, "count") != 0)
				die_usage(&com, "--sort: \"%s\" is not count or "
				    "value", optarg);
			o.by_value = strcmp(optarg, "value") == 0;
			break;
		case OPT_TOP:
			if (num_parse_int(optarg, 1, 1L << 40, &v) != 0)
				die_usage(&com, "--top: \"%s\" is not a number "
				    "of rows", optarg);
			o.top = (size_t)v;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (o.cols == NULL)
		die_usage(&com, "-c is required");
	if (freq_run(argc - optind, argv + optind, &com.in, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	return STATUS_OK;
}
