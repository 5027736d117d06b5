/* statpipe nbayes: naive Bayes classifiers (as e1071::naiveBayes). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "core/xalloc.h"
#include "learn/nbayes.h"
#include "learn/predict.h"
#include "learn/xy.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe nbayes [--laplace x] [--priors p1,p2,...] [--tables]\n"
    "           [--save-model file] [--cv k] [--seed s] 'y ~ x1 + x2' "
    "[file ...]\n";

enum { OPT_LAPLACE = OPT_CMD, OPT_PRIORS, OPT_TABLES };

/* "0.2,0.3,0.5" into *n numbers */
static double *
priors_arg(const struct common *com, const char *arg, size_t *n)
{
	double *p = xcalloc(strlen(arg) + 1, sizeof(*p));
	char *s = xstrdup(arg), *tok, *save = NULL;

	*n = 0;
	for (tok = strtok_r(s, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save))
		if (num_parse_opt(tok, &p[(*n)++]) != 0 ||
		    !(p[*n - 1] >= 0) || !isfinite(p[*n - 1]))
			die_usage(com, "--priors: \"%s\" is not a probability",
			    tok);
	free(s);
	return p;
}

int
cmd_nbayes(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "laplace",	required_argument,	NULL,	OPT_LAPLACE },
		{ "priors",	required_argument,	NULL,	OPT_PRIORS },
		{ "tables",	no_argument,		NULL,	OPT_TABLES },
		COMMON_OPT_LEARN,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct nbayes_request q;
	struct nbayes *nb = NULL;
	struct xy *xy = NULL;
	double *priors = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f = NULL;
	struct diag d;
	const char *save;
	int ch;

	memset(&q, 0, sizeof(q));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_LAPLACE:
			if (num_parse_opt(optarg, &q.o.laplace) != 0 ||
			    !(q.o.laplace >= 0) || !isfinite(q.o.laplace))
				die_usage(&com, "--laplace: \"%s\" is not a "
				    "number >= 0", optarg);
			break;
		case OPT_PRIORS:
			free(priors);
			q.o.priors = priors = priors_arg(&com, optarg,
			    &q.o.npriors);
			break;
		case OPT_TABLES:
			q.tables = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (common_given(&com, COPT_SEED))
		q.seed = com.seed;
	q.cv = com.cv;
	save = com.save_model;
	if (save != NULL && q.cv > 1)
		die_usage(&com, "--save-model and --cv exclude each other");
	/* one pass over the files if it can, else the frame's way */
	q.formula = argc > 0 ? argv[0] : "";
	if (strchr(q.formula, '~') == NULL || nbayes_stream(argc - 1,
	    argv + 1, &com.in, &q, &t, save ? &nb : NULL, save ? &xy :
	    NULL) != 0) {
		f = common_read_model(&com, argc, argv, &q.formula);
		if (nbayes_frame(f, &q, &t, save ? &nb : NULL, save ? &xy :
		    NULL, &d) != 0)
			common_die(&com, &d);
	}
	if (save != NULL && predict_save_nbayes(save, nb, xy, q.formula, &d))
		common_die(&com, &d);
	common_write(&com, t);
	nbayes_free(nb);
	xy_free(xy);
	free(priors);
	frame_free(f);
	return STATUS_OK;
}
