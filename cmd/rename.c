/* statpipe rename: new names for columns; the rows pass through. */
#include <string.h>

#include "expr/pass.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe rename old=new[,old2=new2 ...] [file ...]\n";

int
cmd_rename(int argc, char **argv)
{
	static const struct option longopts[] = {
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct pass_opts o;
	struct common com;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1)
		if (!common_option(&com, ch, optarg))
			die_usage(&com, NULL);
	argc -= optind;
	argv += optind;
	if (argc == 0)
		die_usage(&com, "which columns?");
	o.renames = *argv++;
	argc--;
	o.out = stdout;
	o.delim = common_rows_delim(&com);
	if (pass_rename(argc, argv, &com.in, &o, &d) != 0)
		common_die(&com, &d);
	return STATUS_OK;
}
