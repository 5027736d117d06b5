/* statpipe chisq: chi-square, G and Fisher tests on counts. */
#include <stdlib.h>
#include <string.h>

#include "stats/chisq.h"
#include "stats/cmh.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe chisq -c a,b [--fisher | --g-test] [--no-correction]\n"
    "                      [--simulate n [--seed s]]\n"
    "                      [--cells [--p-adjust method]] [file ...]\n"
    "       statpipe chisq --table [options] [file ...]\n"
    "       statpipe chisq --gof -c a [--p level=p,...] [--rescale] "
    "[file ...]\n"
    "       statpipe chisq --gof --table [file ...]\n"
    "       Fisher on 2x2: [--alternative two-sided|less|greater] "
    "[--conf-level p]\n"
    "       statpipe chisq --mcnemar -c a,b | --cmh -c a,b --strata s\n"
    "       any raw data: [--count col]\n"
    "       independence: [--effect-ci [--alternative alt] "
    "[--conf-level p]]\n";

enum {
	OPT_CELLS = OPT_CMD, OPT_FISHER, OPT_G, OPT_GOF, OPT_P, OPT_RESCALE,
	OPT_SIM, OPT_TABLE, OPT_CMH, OPT_COUNT, OPT_MCNEMAR, OPT_STRATA,
	OPT_EFFECT_CI
};

/* McNemar's or the CMH test of columns a,b (and strata) of the frame. */
static struct out_table *
matched(const struct common *com, struct frame *f, const size_t *col,
    const char *strata, const char *count, const struct chisq_opts *co)
{
	struct cmh_spec sp = { col[0], col[1], CMH_NONE, CMH_NONE };
	struct cmh_opts o = { ALT_TWO_SIDED, co->conf_level, co->correct };
	struct out_table *t;
	struct diag d;
	size_t *k;

	o.alt = co->alternative;
	if (strata != NULL && common_cols(f, strata, &k) == 1)
		sp.strata = k[0];
	else if (strata != NULL)
		die_usage(com, "--strata: name one column");
	if (strata != NULL)
		free(k);
	if (count != NULL && common_cols(f, count, &k) == 1)
		sp.count = k[0];
	else if (count != NULL)
		die_usage(com, "--count: name one column");
	if (count != NULL)
		free(k);
	if (cmh_frame(f, &sp, &o, &t, &d) != 0)
		common_die(com, &d);
	return t;
}

int
cmd_chisq(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "cells",		no_argument,		NULL, OPT_CELLS },
		{ "cmh",		no_argument,		NULL, OPT_CMH },
		{ "columns",		required_argument,	NULL, 'c' },
		{ "count",		required_argument,	NULL, OPT_COUNT },
		{ "effect-ci",		no_argument,		NULL, OPT_EFFECT_CI },
		{ "fisher",		no_argument,		NULL, OPT_FISHER },
		{ "g-test",		no_argument,		NULL, OPT_G },
		{ "gof",		no_argument,		NULL, OPT_GOF },
		{ "mcnemar",		no_argument,		NULL, OPT_MCNEMAR },
		{ "p",			required_argument,	NULL, OPT_P },
		{ "rescale",		no_argument,		NULL, OPT_RESCALE },
		{ "simulate",		required_argument,	NULL, OPT_SIM },
		{ "strata",		required_argument,	NULL, OPT_STRATA },
		{ "table",		no_argument,		NULL, OPT_TABLE },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_NO_CORRECTION, COMMON_OPT_P_ADJUST, COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,			0,			NULL, 0 }
	};
	struct chisq_opts o = CHISQ_OPTS_INIT;
	const char *keep[3];		/* the columns to store */
	const char *cols = NULL, *pspec = NULL, *strata = NULL, *count = NULL;
	int matched_test = 0;		/* McNemar 1, CMH 2 */
	int ch, table = 0, gof = 0, cells = 0, rescale = 0, fisher = 0, g = 0;
	struct chisq_table *t;
	struct chisq_result r;
	struct out_table *out;
	struct common com;
	struct frame *f;
	struct diag d;
	size_t *col = NULL, ncol = 0, *kcount = NULL;
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
		case OPT_CMH:
		case OPT_MCNEMAR:
			matched_test = ch == OPT_CMH ? 2 : 1;
			break;
		case OPT_EFFECT_CI:
			o.effect_ci = 1;
			break;
		case OPT_COUNT:
			count = optarg;
			break;
		case OPT_STRATA:
			strata = optarg;
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
	if (matched_test && (table || gof || fisher || g || cells ||
	    o.simulate > 0))
		die_usage(&com, "--mcnemar and --cmh take -c a,b and no other "
		    "test");
	if ((matched_test == 2) != (strata != NULL))
		die_usage(&com, "--cmh needs --strata, and --strata --cmh");
	if (o.effect_ci && (gof || fisher || cells || matched_test))
		die_usage(&com, "--effect-ci applies to the chi-square and G "
		    "tests of independence");
	if (!fisher && matched_test != 2 && !o.effect_ci && (common_given(&com,
	    COPT_ALTERNATIVE) || common_given(&com, COPT_CONF_LEVEL)))
		die_usage(&com, "--alternative and --conf-level need --fisher, "
		    "--cmh or --effect-ci");
	if (count != NULL && table)
		die_usage(&com, "--count weighs raw rows; --table is counts");
	if (common_given(&com, COPT_SEED) && o.simulate == 0)
		die_usage(&com, "--seed needs --simulate");
	if (g && o.simulate > 0)
		die_usage(&com, "--simulate works with the Pearson and Fisher "
		    "tests, not with --g-test");
	if (cells && (fisher || g || o.simulate > 0))
		die_usage(&com, "--cells writes the table's cells, not a "
		    "test; it cannot go with --fisher, --g-test or --simulate");

	if (com.p_adjust != NULL && !cells)
		die_usage(&com, "--p-adjust needs --cells");
	/* effectsize's default side for V is greater */
	o.alternative = o.effect_ci && !common_given(&com, COPT_ALTERNATIVE) ?
	    ALT_GREATER : com.alt;
	o.conf_level = com.conf_level;
	o.correct = com.correct;
	if (common_given(&com, COPT_SEED))
		o.seed = com.seed;
	keep[0] = cols;		/* a ready table (--table) needs every column */
	keep[1] = strata;
	keep[2] = count;
	if (cols != NULL)
		common_keep(&com, keep, 3);
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
	if (matched_test) {
		if (ncol != 2)
			die_usage(&com, "-c: name two columns");
		common_write(&com, matched(&com, f, col, strata, count, &o));
		free(col);
		frame_free(f);
		return STATUS_OK;
	}
	if (count != NULL && common_cols(f, count, &kcount) != 1)
		die_usage(&com, "--count: name one column");
	if (table ? chisq_table_read(f, gof, &t, &d) != 0 :
	    chisq_table_counted(f, col[0], gof ? CHISQ_NONE : col[1],
	    kcount ? *kcount : CHISQ_NONE, &t, &d) != 0)
		common_die(&com, &d);
	if (gof && chisq_set_p(t, pspec, rescale, &d) != 0)
		common_die(&com, &d);
	if (t->dropped > 0)
		diag_warn("%zu row%s with a missing value left out",
		    t->dropped, t->dropped == 1 ? "" : "s");
	if (cells ? (com.p_adjust != NULL ? chisq_cells_p(t, &out, &d) :
	    chisq_cells(t, &out, &d)) != 0 :
	    chisq_run(t, &o, &r, &d) != 0)
		common_die(&com, &d);
	if (!cells)
		out = chisq_result_table(&r);
	common_write_adjusted(&com, out);
	chisq_table_free(t);
	free(col);
	free(kcount);
	frame_free(f);
	return STATUS_OK;
}
