/* statpipe matrix: matrix algebra on CSV matrices. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "linalg/matrix.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe matrix OP [options] [file ...]\n"
    "  OP: transpose add sub mul hadamard scale dot cross inv solve det\n"
    "      trace diag rank norm eigen svd chol reshape identity\n"
    "  scale --by k; norm --type 1|2|inf|fro; eigen --part values|vectors;\n"
    "  svd --part d|u|v; reshape --rows r --cols c [--by-row]; identity n\n";

enum { OPT_BY = OPT_CMD, OPT_BY_ROW, OPT_COLS, OPT_PART, OPT_ROWS, OPT_TYPE };

int
cmd_matrix(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "by",		required_argument,	NULL,	OPT_BY },
		{ "by-row",	no_argument,		NULL,	OPT_BY_ROW },
		{ "cols",	required_argument,	NULL,	OPT_COLS },
		{ "part",	required_argument,	NULL,	OPT_PART },
		{ "rows",	required_argument,	NULL,	OPT_ROWS },
		{ "type",	required_argument,	NULL,	OPT_TYPE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct matrix_opts o = { .by = NAN, .norm = '1', .part = 'd' };
	const char *part;
	struct common com;
	struct out_table *t;
	struct diag d;
	int ch, nargs;
	long v;

	common_init(&com, usage_str);
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0))
		common_help(&com);
	if (argc < 2 || matrix_parse_op(argv[1], &o.op, &nargs) != 0)
		die_usage(&com, argc < 2 ? "an operation is needed" :
		    "unknown operation \"%s\"", argv[1]);
	argc--;
	argv++;
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_BY:
			if (num_parse_opt(optarg, &o.by) != 0)
				die_usage(&com, "--by: \"%s\" is not a number",
				    optarg);
			break;
		case OPT_BY_ROW:
			o.by_row = 1;
			break;
		case OPT_COLS:
		case OPT_ROWS:
			if (num_parse_int(optarg, 1, 100000000, &v) != 0)
				die_usage(&com, "--%s: \"%s\" is not a positive "
				    "integer", ch == OPT_COLS ? "cols" : "rows",
				    optarg);
			*(ch == OPT_COLS ? &o.cols : &o.rows) = (size_t)v;
			break;
		case OPT_PART:	/* values is d, vectors v */
			part = strcmp(optarg, "values") == 0 ? "d" :
			    strcmp(optarg, "vectors") == 0 ? "v" : optarg;
			if (strlen(part) != 1 || strchr("duv", part[0]) == NULL)
				die_usage(&com, "--part: \"%s\" is not d, u, v, "
				    "values or vectors", optarg);
			o.part = part[0];
			break;
		case OPT_TYPE:
			if (strcmp(optarg, "inf") == 0 || strcmp(optarg,
			    "fro") == 0 || strcmp(optarg, "1") == 0 ||
			    strcmp(optarg, "2") == 0)
				o.norm = optarg[0];
			else
				die_usage(&com, "--type: \"%s\" is not 1, 2, "
				    "inf or fro", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.op == MATRIX_IDENTITY) {
		if (argc != 1 || num_parse_int(argv[0], 1, 100000, &v) != 0)
			die_usage(&com, "identity: the size N is needed");
		o.rows = (size_t)v;
		argc = 0;
	}
	if (o.op == MATRIX_SCALE && isnan(o.by))
		die_usage(&com, "scale: --by is needed");
	if (o.op == MATRIX_RESHAPE && (o.rows == 0 || o.cols == 0))
		die_usage(&com, "reshape: --rows and --cols are needed");
	if (matrix_run(argc, argv, &com.in, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	return STATUS_OK;
}
