/* statpipe join: the rows of two tables matched by key columns. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wrangle/join.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe join [--how inner|left|right|full|semi|anti]\n"
    "                     -k keys | --left-key keys --right-key keys\n"
    "                     [--suffix _x,_y] [--indicator] [--validate 1:1|1:m|m:1]\n"
    "                     [--sorted]\n"
    "                     left right\n";

enum {
	OPT_HOW = OPT_CMD, OPT_INDICATOR, OPT_LEFT_KEY, OPT_RIGHT_KEY,
	OPT_SORTED, OPT_SUFFIX, OPT_VALIDATE
};

int
cmd_join(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "how",	required_argument,	NULL,	OPT_HOW },
		{ "indicator",	no_argument,		NULL,	OPT_INDICATOR },
		{ "key",	required_argument,	NULL,	'k' },
		{ "left-key",	required_argument,	NULL,	OPT_LEFT_KEY },
		{ "right-key",	required_argument,	NULL,	OPT_RIGHT_KEY },
		{ "sorted",	no_argument,		NULL,	OPT_SORTED },
		{ "suffix",	required_argument,	NULL,	OPT_SUFFIX },
		{ "validate",	required_argument,	NULL,	OPT_VALIDATE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct join_opts o;
	struct common com;
	struct rows_out *w;
	struct diag d;
	char *comma, *suffixes = NULL;
	int ch;

	memset(&o, 0, sizeof(o));
	o.suffix[0] = "_x";
	o.suffix[1] = "_y";
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			o.left_keys = o.right_keys = optarg;
			o.same_keys = 1;
			break;
		case OPT_HOW:
			if (join_parse_how(optarg, &o.how) != 0)
				die_usage(&com, "--how: \"%s\" is not one of "
				    "inner, left, right, full, semi, anti",
				    optarg);
			break;
		case OPT_INDICATOR:
			o.indicator = 1;
			break;
		case OPT_SORTED:
			o.sorted = 1;
			break;
		case OPT_LEFT_KEY:
			o.left_keys = optarg;
			o.same_keys = 0;
			break;
		case OPT_RIGHT_KEY:
			o.right_keys = optarg;
			o.same_keys = 0;
			break;
		case OPT_SUFFIX:
			free(suffixes);
			suffixes = strdup(optarg);
			if (suffixes == NULL || (comma = strchr(suffixes,
			    ',')) == NULL || strchr(comma + 1, ',') != NULL)
				die_usage(&com, "--suffix: \"%s\" is not two "
				    "suffixes such as _x,_y", optarg);
			*comma = '\0';
			o.suffix[0] = suffixes;
			o.suffix[1] = comma + 1;
			break;
		case OPT_VALIDATE:
			if (join_parse_validate(optarg, &o.validate) != 0)
				die_usage(&com, "--validate: \"%s\" is not one "
				    "of 1:1, 1:m, m:1, m:m", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (o.left_keys == NULL || o.right_keys == NULL)
		die_usage(&com, "-k, or --left-key and --right-key, is required");
	if (argc != 2)
		die_usage(&com, "two inputs are needed, left and right");
	if (strcmp(argv[0], "-") == 0 && strcmp(argv[1], "-") == 0)
		die_usage(&com, "only one input can be standard input");
	if (o.indicator && (o.how == JOIN_SEMI || o.how == JOIN_ANTI))
		die_usage(&com, "--indicator: not with a semi or anti join");
	w = common_rows_out(&com);
	common_rows_end(&com, w, join_run(argv[0], argv[1],
	    &com.in, &o, w, &d), &d);
	free(suffixes);
	return STATUS_OK;
}
