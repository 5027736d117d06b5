/* statpipe folds: a fold number 1 .. k for each row, by seed. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "core/xalloc.h"
#include "learn/split.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe folds [-k n] [--strata col] [--seed s] [file ...]\n";

enum { OPT_STRATA = OPT_CMD };

int
cmd_folds(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "folds",	required_argument,	NULL,	'k' },
		{ "strata",	required_argument,	NULL,	OPT_STRATA },
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *strata = NULL, **label;
	char (*num)[24];
	struct common com;
	struct frame *f;
	struct diag d;
	uint32_t *fold;
	long k = 10;
	size_t i;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			if (num_parse_int(optarg, 2, 1000000, &k) != 0)
				die_usage(&com, "-k: \"%s\" is not an integer "
				    "from 2 to 1000000", optarg);
			break;
		case OPT_STRATA:
			strata = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	/* every cell is copied as read: only empty fields are missing */
	com.in.na = "";
	f = common_read(&com, argc, argv);
	fold = xmalloc((f->nrows + 1) * sizeof(*fold));
	if (split_folds(f, (size_t)k, strata, (uint64_t)com.seed, fold,
	    &d) != 0)
		common_die(&com, &d);
	num = xmalloc(((size_t)k + 1) * sizeof(*num));
	for (i = 1; i <= (size_t)k; i++)
		snprintf(num[i], sizeof(num[i]), "%zu", i);
	label = xmalloc((f->nrows + 1) * sizeof(*label));
	for (i = 0; i < f->nrows; i++)
		label[i] = num[fold[i]];
	if (split_write(stdout, f, com.in.delim, NULL, 0, "fold", label) != 0 ||
	    fflush(stdout) != 0) {
		diag_set(&d, STATUS_DATA, "stdout: %s", strerror(errno));
		common_die(&com, &d);
	}
	free(label);
	free(num);
	free(fold);
	frame_free(f);
	return STATUS_OK;
}
