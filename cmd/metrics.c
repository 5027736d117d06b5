/* statpipe metrics: how well predictions match the truth. */
#include <string.h>

#include "core/num.h"
#include "learn/metrics.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe metrics -t truth (-p pred | --prob cols) "
    "[--positive level]\n"
    "           [--classes] [--confusion] [--conf-level p] [file ...]\n";

enum { OPT_CLASSES = OPT_CMD, OPT_CONF, OPT_CONFUSION, OPT_POSITIVE, OPT_PROB };

int
cmd_metrics(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "classes",	no_argument,		NULL,	OPT_CLASSES },
		{ "conf-level",	required_argument,	NULL,	OPT_CONF },
		{ "confusion",	no_argument,		NULL,	OPT_CONFUSION },
		{ "positive",	required_argument,	NULL,	OPT_POSITIVE },
		{ "pred",	required_argument,	NULL,	'p' },
		{ "prob",	required_argument,	NULL,	OPT_PROB },
		{ "truth",	required_argument,	NULL,	't' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	static const char *cols[4];
	struct metrics_request q;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch;

	memset(&q, 0, sizeof(q));
	q.level = 0.95;
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "p:t:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'p':
			q.pred = optarg;
			break;
		case 't':
			q.truth = optarg;
			break;
		case OPT_CLASSES:
			q.classes = 1;
			break;
		case OPT_CONF:
			if (num_parse_opt(optarg, &q.level) != 0 ||
			    q.level <= 0 || q.level >= 1)
				die_usage(&com, "--conf-level: \"%s\" is not a "
				    "number between 0 and 1", optarg);
			break;
		case OPT_CONFUSION:
			q.confusion = 1;
			break;
		case OPT_POSITIVE:
			q.positive = optarg;
			break;
		case OPT_PROB:
			q.prob = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (q.truth == NULL)
		die_usage(&com, "-t is required");
	if (q.pred == NULL && q.prob == NULL)
		die_usage(&com, "-p or --prob is required");
	metrics_columns(&q, cols);
	common_keep(&com, cols, 3);
	f = common_read(&com, argc, argv);
	if (metrics_frame(f, &q, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	frame_free(f);
	return STATUS_OK;
}
