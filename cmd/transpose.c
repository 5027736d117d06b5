/* statpipe transpose: rows turned into columns, cells byte for byte. */
#include "wrangle/transpose.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe transpose [file ...]\n";

int
cmd_transpose(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1)
		if (!common_option(&com, ch, optarg))
			die_usage(&com, NULL);
	w = common_rows_out(&com);
	common_rows_end(&com, w, transpose_run(argc - optind, argv + optind,
	    &com.in, w, &d), &d);
	return STATUS_OK;
}
