/* statpipe predict: predictions of a model saved by regress --save-model. */
#include <stdlib.h>
#include <string.h>

#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe predict [--interval confidence|prediction] "
    "[--conf-level p]\n"
    "           --model file [file ...]\n";

enum { OPT_INTERVAL = OPT_CMD, OPT_MODEL };

int
cmd_predict(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "interval",	required_argument,	NULL,	OPT_INTERVAL },
		{ "model",	required_argument,	NULL,	OPT_MODEL },
		COMMON_OPT_CONF_LEVEL,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *path = NULL;
	struct common com;
	struct model_saved *m;
	struct formula *fm;
	struct formula_design *ds;
	struct frame *f;
	struct diag d;
	int ch, interval = 0;
	size_t j;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_INTERVAL:
			if (strcmp(optarg, "confidence") == 0)
				interval = 1;
			else if (strcmp(optarg, "prediction") == 0)
				interval = 2;
			else
				die_usage(&com, "--interval: \"%s\" is not "
				    "confidence or prediction", optarg);
			break;
		case OPT_MODEL:
			path = optarg;
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
	if (model_load(path, &m, &d) != 0 ||
	    formula_parse(m->formula, &fm, &d) != 0)
		common_die(&com, &d);
	if (interval && m->family == MODEL_BINOMIAL)
		die_usage(&com, "--interval is for linear models");
	f = common_read(&com, argc, argv);
	formula_threads(fm, com.in.threads);
	if (formula_design_levels(fm, f, FORMULA_NONE, FORMULA_NO_RESPONSE,
	    &m->levels, &ds, &d) != 0)
		common_die(&com, &d);
	for (j = 0; j < ds->p && ds->p == m->p; j++)
		if (strcmp(ds->name[j], m->name[j]) != 0)
			break;
	if (ds->p != m->p || j < ds->p) {
		diag_set(&d, STATUS_DATA, "%s: the terms of the data do not "
		    "match those of the model", path);
		common_die(&com, &d);
	}
	common_write(&com, model_predict_table(m, ds, f, interval, com.conf_level));
	formula_design_free(ds);
	formula_free(fm);
	model_saved_free(m);
	frame_free(f);
	return STATUS_OK;
}
