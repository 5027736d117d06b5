/* statpipe predict: predictions of a saved model of any kind. */
#include <stdlib.h>
#include <string.h>

#include "learn/predict.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe predict [--interval confidence|prediction] "
    "[--conf-level p]\n"
    "           [--type class|prob|both|link|response] --model file "
    "[file ...]\n";

enum { OPT_INTERVAL = OPT_CMD, OPT_MODEL, OPT_TYPE };

int
cmd_predict(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "interval",	required_argument,	NULL,	OPT_INTERVAL },
		{ "model",	required_argument,	NULL,	OPT_MODEL },
		{ "type",	required_argument,	NULL,	OPT_TYPE },
		COMMON_OPT_CONF_LEVEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *path = NULL;
	struct predict_opts o = { PREDICT_CLASS | PREDICT_PROB, 0, 0.95, 1 };
	struct predict_model *m;
	struct out_table *t;
	struct rows_out *w;
	struct common com;
	struct diag d;
	int ch, rc;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
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
			else if (strcmp(optarg, "both") == 0 ||
			    strcmp(optarg, "response") == 0)
				o.type = PREDICT_CLASS | PREDICT_PROB;
			else if (strcmp(optarg, "link") == 0)
				o.type = PREDICT_LINK;
			else
				die_usage(&com, "--type: \"%s\" is not class, "
				    "prob, both, link or response", optarg);
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
		common_die(&com, &d);
	o.level = com.conf_level;
	o.threads = com.in.threads;
	/* a kind that streams writes rows through w; the others a table */
	w = com.out.format == OUT_CSV || com.out.format == OUT_TSV ?
	    common_rows_out(&com) : NULL;
	rc = predict_run(m, argc, argv, &com.in, &o, w, &t, &d);
	predict_close(m);
	common_end(&com, w, t, rc, &d);
	return STATUS_OK;
}
