/* statpipe chisq: chi-square, G and Fisher tests on counts. */
#include <stdlib.h>
#include <string.h>

#include "stats/chisq.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe chisq -c a,b [--fisher | --g-test] [--no-correction]\n"
    "                      [--simulate n [--seed s]] [--cells] [file ...]\n"
    "       statpipe chisq --table [options] [file ...]\n"
    "       statpipe chisq --gof -c a [--p level=p,...] [--rescale] "
    "[file ...]\n"
    "       statpipe chisq --gof --table [file ...]\n"
    "       Fisher on 2x2: [--alternative two-sided|less|greater] "
    "[--conf-level p]\n";

enum {
	OPT_CELLS = OPT_CMD, OPT_FISHER, OPT_G, OPT_GOF, OPT_P, OPT_RESCALE,
	OPT_SIM, OPT_TABLE
};

int
cmd_chisq(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "cells",		no_argument,		NULL, OPT_CELLS },
		{ "columns",		required_argument,	NULL, 'c' },
		{ "fisher",		no_argument,		NULL, OPT_FISHER },
		{ "g-test",		no_argument,		NULL, OPT_G },
		{ "gof",		no_argument,		NULL, OPT_GOF },
		{ "p",			required_argument,	NULL, OPT_P },
		{ "rescale",		no_argument,		NULL, OPT_RESCALE },
		{ "simulate",		required_argument,	NULL, OPT_SIM },
		{ "table",		no_argument,		NULL, OPT_TABLE },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_NO_CORRECTION, COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,			0,			NULL, 0 }
	};
	struct chisq_opts o = CHISQ_OPTS_INIT;
	const char *keep[1];		/* the columns to store */
	const char *cols = NULL, *pspec = NULL;
	int ch, table = 0, gof = 0, cells = 0, rescale = 0, fisher = 0, g = 0;
	struct chisq_table *t;
	struct chisq_result r;
	struct out_table *out;
	struct common com;
	struct frame *f;
	struct diag d;
	size_t *col = NULL, ncol = 0;
	long v;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case OPT_CELLS:
			cells = 1;
			break;
		case OPT_FISHER:
			fisher = 1;
			o.method = CHISQ_FISHER;
			break;
		case OPT_G:
			g = 1;
			o.method = CHISQ_G;
			break;
		case OPT_GOF:
			gof = 1;
			break;
		case OPT_P:
			pspec = optarg;
			break;
		case OPT_RESCALE:
			rescale = 1;
			break;
		case OPT_SIM:
			if (num_parse_int(optarg, 1, 1000000000L, &v) != 0)
				die_usage(&com, "--simulate: \"%s\" is not a "
				    "whole number from 1 to 1000000000",
				    optarg);
			o.simulate = v;
			break;
		case OPT_TABLE:
			table = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (table && cols != NULL)
		die_usage(&com, "-c and --table exclude each other");
	if (!table && cols == NULL)
		die_usage(&com, "-c or --table is required");
	if (fisher && g)
		die_usage(&com, "--fisher and --g-test exclude each other");
	if (gof && fisher)
		die_usage(&com, "--fisher is a test of independence; it "
		    "cannot go with --gof");
	if (!gof && (pspec != NULL || rescale))
		die_usage(&com, "--p and --rescale need --gof");
	if (!fisher && (common_given(&com, COPT_ALTERNATIVE) ||
	    common_given(&com, COPT_CONF_LEVEL)))
		die_usage(&com, "--alternative and --conf-level need --fisher");
	if (common_given(&com, COPT_SEED) && o.simulate == 0)
		die_usage(&com, "--seed needs --simulate");
	if (g && o.simulate > 0)
		die_usage(&com, "--simulate works with the Pearson and Fisher "
		    "tests, not with --g-test");
	if (cells && (fisher || g || o.simulate > 0))
		die_usage(&com, "--cells writes the table's cells, not a "
		    "test; it cannot go with --fisher, --g-test or --simulate");

	o.alternative = com.alt;
	o.conf_level = com.conf_level;
	o.correct = com.correct;
	if (common_given(&com, COPT_SEED))
		o.seed = com.seed;
	keep[0] = cols;		/* a ready table (--table) needs every column */
	if (cols != NULL)
		common_keep(&com, keep, 1);
	f = common_read(&com, argc, argv);
	if (cols != NULL) {
		ncol = common_cols(f, cols, &col);
		if (ncol != (gof ? 1u : 2u)) {
			diag_set(&d, STATUS_USAGE, gof ? "-c: --gof needs one "
			    "column, not %zu" : "-c: a test of independence "
			    "needs two columns, not %zu", ncol);
			common_die(&com, &d);
		}
	}
	if (table ? chisq_table_read(f, gof, &t, &d) != 0 :
	    chisq_table_from_cols(f, col[0], gof ? CHISQ_NONE : col[1], &t,
	    &d) != 0)
		common_die(&com, &d);
	if (gof && chisq_set_p(t, pspec, rescale, &d) != 0)
		common_die(&com, &d);
	if (t->dropped > 0)
		diag_warn("%zu row%s with a missing value left out",
		    t->dropped, t->dropped == 1 ? "" : "s");
	if (cells ? chisq_cells(t, &out, &d) != 0 :
	    chisq_run(t, &o, &r, &d) != 0)
		common_die(&com, &d);
	if (!cells)
		out = chisq_result_table(&r);
	common_write(&com, out);
	chisq_table_free(t);
	free(col);
	frame_free(f);
	return STATUS_OK;
}
