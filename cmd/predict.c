/* statpipe predict: predictions of a saved model of any kind. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "learn/predict.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe predict [--interval confidence|prediction] "
    "[--conf-level p]\n"
    "           [--type class|prob|both] --model file [file ...]\n";

enum { OPT_CONF = OPT_CMD, OPT_INTERVAL, OPT_MODEL, OPT_TYPE };

int
cmd_predict(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "conf-level",	required_argument,	NULL,	OPT_CONF },
		{ "interval",	required_argument,	NULL,	OPT_INTERVAL },
		{ "model",	required_argument,	NULL,	OPT_MODEL },
		{ "type",	required_argument,	NULL,	OPT_TYPE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *path = NULL;
	struct predict_opts o = { PREDICT_CLASS | PREDICT_PROB, 0, 0.95, 1 };
	struct predict_model *m;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_CONF:
			if (num_parse_opt(optarg, &o.level) != 0 ||
			    o.level <= 0 || o.level >= 1)
				die_usage(&com, "--conf-level: \"%s\" is not a "
				    "number between 0 and 1", optarg);
			break;
		case OPT_INTERVAL:
			if (strcmp(optarg, "confidence") == 0)
				o.interval = 1;
			else if (strcmp(optarg, "prediction") == 0)
				o.interval = 2;
			else
				die_usage(&com, "--interval: \"%s\" is not "
				    "confidence or prediction", optarg);
			break;
		case OPT_MODEL:
			path = optarg;
			break;
		case OPT_TYPE:
			if (strcmp(optarg, "class") == 0)
				o.type = PREDICT_CLASS;
			else if (strcmp(optarg, "prob") == 0)
				o.type = PREDICT_PROB;
			else if (strcmp(optarg, "both") == 0)
				o.type = PREDICT_CLASS | PREDICT_PROB;
			else
				die_usage(&com, "--type: \"%s\" is not class, "
				    "prob or both", optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (path == NULL)
		die_usage(&com, "--model is required");
	if (predict_open(path, &m, &d) != 0)
		die(&d);
	o.threads = com.in.threads;
	f = common_read(&com, argc, argv);
	/* as regress's predict always was: no usage after a data error */
	if (predict_table(m, f, &o, &t, &d) != 0)
		die(&d);
	common_write(&com, t);
	predict_close(m);
	frame_free(f);
	return STATUS_OK;
}
