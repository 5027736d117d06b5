/* statpipe sort: rows ordered by typed keys, stable, outside memory if big. */
#include <stdio.h>
#include <string.h>

#include "wrangle/sort.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe sort -k key[:desc|:n|:t|:x],... [--na-first] [--check]\n"
    "                     [--buffer-size size] [file ...]\n";

enum { OPT_BUFFER = OPT_CMD, OPT_CHECK, OPT_NA_FIRST };

int
cmd_sort(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "buffer-size", required_argument,	NULL,	OPT_BUFFER },
		{ "check",	no_argument,		NULL,	OPT_CHECK },
		{ "key",	required_argument,	NULL,	'k' },
		{ "na-first",	no_argument,		NULL,	OPT_NA_FIRST },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct sort_opts o;
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
		case OPT_BUFFER:
			if (sort_parse_size(optarg, &o.buffer_size) != 0)
				die_usage(&com, "--buffer-size: \"%s\" is not a "
				    "size such as 64M or 2G", optarg);
			break;
		case OPT_CHECK:
			o.check = 1;
			break;
		case OPT_NA_FIRST:
			o.na_first = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (o.keys == NULL)
		die_usage(&com, "-k is required");
	w = common_rows_out(&com);
	common_rows_end(&com, w, sort_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
