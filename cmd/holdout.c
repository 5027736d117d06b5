/* statpipe holdout: rows into a training and a test set, by seed. */
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
    "usage: statpipe holdout [--test p] [--strata col] [--seed s]\n"
    "           (--train file --test-out file | --mark) [file ...]\n";

enum { OPT_MARK = OPT_CMD, OPT_STRATA, OPT_TEST, OPT_TEST_OUT, OPT_TRAIN };

/* Write the rows of one side to path, or die. */
static void
write_file(const struct common *com, const char *path, const struct frame *f,
    const unsigned char *test, unsigned char want)
{
	struct diag d;
	FILE *fp = fopen(path, "w");

	if (fp == NULL || split_write(fp, f, com->in.delim, test, want, NULL,
	    NULL) != 0 || fclose(fp) != 0) {
		diag_set(&d, STATUS_DATA, "%s: %s", path, strerror(errno));
		common_die(com, &d);
	}
}

int
cmd_holdout(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "mark",	no_argument,		NULL,	OPT_MARK },
		{ "strata",	required_argument,	NULL,	OPT_STRATA },
		{ "test",	required_argument,	NULL,	OPT_TEST },
		{ "test-out",	required_argument,	NULL,	OPT_TEST_OUT },
		{ "train",	required_argument,	NULL,	OPT_TRAIN },
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *strata = NULL, *train = NULL, *testout = NULL;
	const char **label;
	struct common com;
	struct frame *f;
	struct diag d;
	unsigned char *test;
	double p = 0.2;
	int ch, mark = 0;
	size_t i;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_MARK:
			mark = 1;
			break;
		case OPT_STRATA:
			strata = optarg;
			break;
		case OPT_TEST:
			if (num_parse_opt(optarg, &p) != 0 || !(p > 0 && p < 1))
				die_usage(&com, "--test: \"%s\" is not a share "
				    "between 0 and 1", optarg);
			break;
		case OPT_TEST_OUT:
			testout = optarg;
			break;
		case OPT_TRAIN:
			train = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (mark == (train != NULL || testout != NULL) ||
	    (!mark && (train == NULL || testout == NULL)))
		die_usage(&com, "give --train and --test-out, or --mark");
	/* every cell is copied as read: only empty fields are missing */
	com.in.na = "";
	f = common_read(&com, argc, argv);
	test = xmalloc(f->nrows + 1);
	if (split_holdout(f, p, strata, (uint64_t)com.seed, test, &d) != 0)
		common_die(&com, &d);
	if (mark) {
		label = xmalloc((f->nrows + 1) * sizeof(*label));
		for (i = 0; i < f->nrows; i++)
			label[i] = test[i] ? "test" : "train";
		if (split_write(stdout, f, com.in.delim, NULL, 0, "split",
		    label) != 0 || fflush(stdout) != 0) {
			diag_set(&d, STATUS_DATA, "stdout: %s",
			    strerror(errno));
			common_die(&com, &d);
		}
		free(label);
	} else {
		write_file(&com, train, f, test, 0);
		write_file(&com, testout, f, test, 1);
	}
	free(test);
	frame_free(f);
	return STATUS_OK;
}
