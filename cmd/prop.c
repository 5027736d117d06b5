/* statpipe prop: the exact binomial test and tests of proportions. */
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "core/xalloc.h"
#include "stats/prop.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe prop -c col --success value [-g col [--levels a,b,...]]"
    "\n           [file ...]\n"
    "       statpipe prop --x counts --n counts\n"
    "           [--binom [--wilson]] [--p p[,p...]] [--no-correction]\n"
    "           [--alternative two-sided|less|greater] [--conf-level p]\n";

enum {
	OPT_BINOM = OPT_CMD, OPT_N, OPT_P, OPT_SUCCESS, OPT_WILSON, OPT_X
};

/* A comma-separated list of numbers; their count, or 0 if one is not. */
static size_t
numbers(const char *s, double **out)
{
	char *copy = xstrdup(s), *tok, *save = NULL;
	size_t n = 0;

	*out = xmalloc((strlen(s) / 2 + 1) * sizeof(**out));
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save))
		if (num_parse_opt(tok, &(*out)[n++]) != 0) {
			n = 0;
			break;
		}
	free(copy);
	return n;
}

int
cmd_prop(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "binom",	no_argument,		NULL,	OPT_BINOM },
		{ "column",	required_argument,	NULL,	'c' },
		{ "n",		required_argument,	NULL,	OPT_N },
		{ "p",		required_argument,	NULL,	OPT_P },
		{ "success",	required_argument,	NULL,	OPT_SUCCESS },
		{ "wilson",	no_argument,		NULL,	OPT_WILSON },
		{ "x",		required_argument,	NULL,	OPT_X },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_CONF_LEVEL, COMMON_OPT_GROUP,
		COMMON_OPT_LEVELS, COMMON_OPT_NO_CORRECTION,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct prop_opts o = PROP_OPTS_INIT;
	struct prop_spec sp = { 0, NULL, NULL, NULL };
	const char *col = NULL, *by = NULL, *keep[2];
	double *x = NULL, *n = NULL, *p = NULL;
	size_t nx = 0, nn = 0, np = 0, *ci, *bi = NULL;
	struct out_table *t;
	struct common com;
	struct frame *f;
	struct diag d;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:g:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			col = optarg;
			break;
		case OPT_BINOM:
			o.binom = 1;
			break;
		case OPT_N:
		case OPT_P:
		case OPT_X:
			free(ch == OPT_N ? n : ch == OPT_P ? p : x);
			*(ch == OPT_N ? &nn : ch == OPT_P ? &np : &nx) = numbers(
			    optarg, ch == OPT_N ? &n : ch == OPT_P ? &p : &x);
			if ((ch == OPT_N ? nn : ch == OPT_P ? np : nx) == 0)
				die_usage(&com, "--%s: \"%s\" is not a list of "
				    "numbers", ch == OPT_N ? "n" : ch == OPT_P ?
				    "p" : "x", optarg);
			break;
		case OPT_SUCCESS:
			sp.success = optarg;
			break;
		case OPT_WILSON:
			o.wilson = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	by = com.group;
	sp.levels = com.levels;
	o.alt = com.alt;
	o.conf_level = com.conf_level;
	o.correct = com.correct;
	if (o.wilson && !o.binom)
		die_usage(&com, "--wilson is the interval of --binom (prop.test's"
		    " is Wilson's already)");
	if ((x == NULL) != (n == NULL) || nx != nn)
		die_usage(&com, "--x and --n: give both, as many of each");
	if ((x != NULL) == (col != NULL))
		die_usage(&com, "give either -c with --success, or --x and --n");
	if (x == NULL && sp.success == NULL)
		die_usage(&com, "-c needs --success: the value that counts");
	if (sp.levels != NULL && by == NULL)
		die_usage(&com, "--levels needs -g");
	o.p = p;
	o.np = np;
	if (x != NULL) {
		if (by != NULL || sp.success != NULL || argc > 0)
			die_usage(&com, "--x and --n read no data");
		if (prop_counts(x, n, nx, &o, &t, &d) != 0)
			common_die(&com, &d);
	} else {
		keep[0] = col;
		keep[1] = by;
		common_keep(&com, keep, 2);
		f = common_read(&com, argc, argv);
		if (common_cols(f, col, &ci) != 1)
			die_usage(&com, "-c: name one column");
		sp.col = ci[0];
		if (by && common_cols(f, by, &bi) != 1)
			die_usage(&com, "-g: name one column");
		sp.by = bi;
		if (prop_frame(f, &sp, &o, &t, &d) != 0)
			common_die(&com, &d);
		free(ci);
		free(bi);
		frame_free(f);
	}
	common_write(&com, t);
	free(x);
	free(n);
	free(p);
	return STATUS_OK;
}
