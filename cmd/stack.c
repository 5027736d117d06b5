/* statpipe stack: tables one after the other, headers united. */
#include <string.h>

#include "wrangle/stack.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe stack [--source name] [file ...]\n";

enum { OPT_SOURCE = OPT_CMD };

int
cmd_stack(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "source",	required_argument,	NULL,	OPT_SOURCE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct stack_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_SOURCE:
			o.source = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	w = common_rows_out(&com);
	common_rows_end(&com, w, stack_run(argc - optind, argv + optind,
	    &com.in, &o, w, &d), &d);
	return STATUS_OK;
}
