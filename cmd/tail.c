/* statpipe tail: the last rows of a table, or of each group. */
#include "cmd.h"

static const char usage_str[] =
    "usage: statpipe tail [-n rows] [-k keys] [file ...]\n";

int
cmd_tail(int argc, char **argv)
{
	return cmd_head_tail(argc, argv, 1, usage_str);
}
