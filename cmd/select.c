/* statpipe select: keep columns, in the order given, or drop them. */
#include <string.h>

#include "expr/pass.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe select [-x] cols [file ...]\n"
    "       statpipe select -c cols | -x cols [file ...]\n";

int
cmd_select(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "exclude",	required_argument,	NULL,	'x' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pass_opts o;
	struct common com;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:x:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
		case 'x':
			if (o.cols != NULL)
				die_usage(&com, "give one list of columns");
			o.cols = optarg;
			o.exclude = ch == 'x';
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.cols == NULL) {
		if (argc == 0)
			die_usage(&com, "which columns?");
		o.cols = *argv++;
		argc--;
	}
	o.out = stdout;
	o.delim = common_rows_delim(&com);
	o.digits = com.out.digits;
	if (pass_select(argc, argv, &com.in, &o, &d) != 0)
		common_die(&com, &d);
	return STATUS_OK;
}
