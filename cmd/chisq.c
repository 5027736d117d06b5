/* statpipe chisq: chi-square, G and Fisher tests on counts. */
#include <stdlib.h>
#include <string.h>

#include "stats/chisq.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe chisq -c a,b [--fisher | --g-test] [--no-correction]\n"
    "                      [--ref col=level[,col=level]]\n"
    "                      [--simulate n [--seed s]]\n"
    "                      [--cells [--p-adjust method]] [file ...]\n"
    "       statpipe chisq --table [options] [file ...]\n"
    "       statpipe chisq --gof -c a [--p level=p,...] [--rescale] "
    "[file ...]\n"
    "       statpipe chisq --gof --table [file ...]\n"
    "       Fisher on 2x2: [--alternative two-sided|less|greater] "
    "[--conf-level p]\n"
    "       statpipe chisq --mcnemar -c a,b | --cmh -c a,b --strata s\n"
    "       any raw data: [--count col] [--partial]\n"
    "       independence: [--effect-ci [--alternative alt] "
    "[--conf-level p]]\n";

enum {
	OPT_CELLS = OPT_CMD, OPT_FISHER, OPT_G, OPT_GOF, OPT_P, OPT_RESCALE,
	OPT_SIM, OPT_TABLE, OPT_CMH, OPT_COUNT, OPT_MCNEMAR, OPT_STRATA,
	OPT_EFFECT_CI, OPT_REF
};

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
		{ "ref",		required_argument,	NULL, OPT_REF },
		{ "rescale",		no_argument,		NULL, OPT_RESCALE },
		{ "simulate",		required_argument,	NULL, OPT_SIM },
		{ "strata",		required_argument,	NULL, OPT_STRATA },
		{ "table",		no_argument,		NULL, OPT_TABLE },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_NO_CORRECTION, COMMON_OPT_P_ADJUST, COMMON_OPT_SEED,
		COMMON_OPT_PARTIAL,
		COMMON_LONGOPTS,
		{ NULL,			0,			NULL, 0 }
	};
	struct chisq_request q = { .o = CHISQ_OPTS_INIT };
	const char *keep[3];		/* the columns to store */
	struct out_table *out;
	struct common com;
	struct frame *f;
	struct diag d;
	long v;
	int ch;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			q.cols = optarg;
			break;
		case OPT_CELLS:
			q.cells = 1;
			break;
		case OPT_CMH:
		case OPT_MCNEMAR:
			q.matched = ch == OPT_CMH ? 2 : 1;
			break;
		case OPT_EFFECT_CI:
			q.o.effect_ci = 1;
			break;
		case OPT_COUNT:
		case OPT_REF:
			*(ch == OPT_REF ? &q.ref : &q.count) = optarg;
			break;
		case OPT_STRATA:
			q.strata = optarg;
			break;
		case OPT_FISHER:
			q.fisher = 1;
			q.o.method = CHISQ_FISHER;
			break;
		case OPT_G:
			q.g = 1;
			q.o.method = CHISQ_G;
			break;
		case OPT_GOF:
			q.gof = 1;
			break;
		case OPT_P:
			q.pspec = optarg;
			break;
		case OPT_RESCALE:
			q.rescale = 1;
			break;
		case OPT_SIM:
			if (num_parse_int(optarg, 1, 1000000000L, &v) != 0)
				die_usage(&com, "--simulate: \"%s\" is not a "
				    "whole number from 1 to 1000000000",
				    optarg);
			q.o.simulate = v;
			break;
		case OPT_TABLE:
			q.table = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	q.adjust = com.p_adjust != NULL;
	q.alt_given = common_given(&com, COPT_ALTERNATIVE);
	q.conf_given = common_given(&com, COPT_CONF_LEVEL);
	q.seed_given = common_given(&com, COPT_SEED);
	q.o.alternative = com.alt;
	q.o.conf_level = com.conf_level;
	q.o.correct = com.correct;
	if (q.seed_given)
		q.o.seed = com.seed;
	if (chisq_check(&q, &d) != 0)
		common_die(&com, &d);
	keep[0] = q.cols;	/* a ready table (--table) needs every column */
	keep[1] = q.strata;
	keep[2] = q.count;
	if (q.cols != NULL)
		common_keep(&com, keep, 3);
	f = common_read(&com, argc, argv);
	if ((com.partial ? chisq_state : chisq_frame)(f, &q, &out, &d) != 0)
		common_die(&com, &d);
	if (q.matched)
		common_write(&com, out);
	else
		common_write_adjusted(&com, out);
	frame_free(f);
	return STATUS_OK;
}
