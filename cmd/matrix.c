/* statpipe matrix: matrix algebra. */
#include "cmd.h"
#include "common.h"

int
cmd_matrix(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return STATUS_USAGE;
}
