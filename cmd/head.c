/* statpipe head: the first rows of a table, or of each group. */
#include <stdio.h>
#include <string.h>

#include "core/num.h"
#include "wrangle/head.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe head [-n rows] [-k keys] [file ...]\n";

/* head and tail: the same options, rows from the other end. */
int
cmd_head_tail(int argc, char **argv, int tail, const char *usage)
{
	static const struct option longopts[] = {
		{ "keys",	required_argument,	NULL,	'k' },
		{ "rows",	required_argument,	NULL,	'n' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct head_opts o = { .n = 10, .tail = tail };
	struct common com;
	struct rows_out *w;
	struct diag d;
	long n;
	int ch;

	common_init(&com, usage);
	while ((ch = getopt_long(argc, argv, "k:n:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			o.keys = optarg;
			break;
		case 'n':
			if (num_parse_int(optarg, 0, 1L << 40, &n) != 0)
				die_usage(&com, "-n: \"%s\" is not a number of "
				    "rows", optarg);
			o.n = (size_t)n;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	w = common_rows_out(&com);
	common_rows_end(&com, w, head_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}

int
cmd_head(int argc, char **argv)
{
	return cmd_head_tail(argc, argv, 0, usage_str);
}
