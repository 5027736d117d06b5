/* statpipe dist: densities, probabilities, quantiles and random draws. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "stats/dist.h"
#include "core/num.h"
#include "core/suggest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe dist NAME [--PARAM value ...]\n"
    "           --pdf x,... | --cdf x,... | --sf x,... | --quantile p,... |\n"
    "           --isf p,... | --random n [--seed s] |\n"
    "           --pdf-col c | --cdf-col c | --sf-col c | --quantile-col c |\n"
    "           --isf-col c [file ...]\n";

enum {
	/* in the order of enum dist_fn */
	OPT_PDF = OPT_CMD, OPT_CDF, OPT_SF, OPT_QUANTILE, OPT_ISF,
	OPT_PDF_COL, OPT_CDF_COL, OPT_SF_COL, OPT_QUANTILE_COL, OPT_ISF_COL,
	OPT_RANDOM, OPT_PAR
};


int
cmd_dist(int argc, char **argv)
{
	static const struct option fixed[] = {
		{ "cdf",	required_argument,	NULL,	OPT_CDF },
		{ "cdf-col",	required_argument,	NULL,	OPT_CDF_COL },
		{ "isf",	required_argument,	NULL,	OPT_ISF },
		{ "isf-col",	required_argument,	NULL,	OPT_ISF_COL },
		{ "pdf",	required_argument,	NULL,	OPT_PDF },
		{ "pdf-col",	required_argument,	NULL,	OPT_PDF_COL },
		{ "quantile",	required_argument,	NULL,	OPT_QUANTILE },
		{ "quantile-col", required_argument,	NULL,	OPT_QUANTILE_COL },
		{ "random",	required_argument,	NULL,	OPT_RANDOM },
		{ "sf",		required_argument,	NULL,	OPT_SF },
		{ "sf-col",	required_argument,	NULL,	OPT_SF_COL },
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct option longopts[sizeof(fixed) / sizeof(fixed[0]) + DIST_NOPTS];
	const char *parnames[DIST_NOPTS];
	const char *arg = NULL, *mode_opt = NULL;
	struct dist_args da = { 0 };
	const struct dist *d;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag dg;
	char hint[96];
	size_t i, *col;
	unsigned long seed;
	long nrand = 0;
	int ch, li, mode = 0, column = 0;
	enum dist_fn fn = DIST_PDF;

	common_init(&com, usage_str);
	i = dist_param_names(parnames);
	i = common_name_options(longopts, parnames, i, OPT_PAR);
	memcpy(longopts + i, fixed, sizeof(fixed));
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case OPT_PAR:
			if (dist_args_add(&da, longopts[li].name, optarg,
			    &dg) != 0)
				common_die(&com, &dg);
			break;
		case OPT_PDF: case OPT_CDF: case OPT_SF: case OPT_QUANTILE:
		case OPT_ISF: case OPT_PDF_COL: case OPT_CDF_COL:
		case OPT_SF_COL: case OPT_QUANTILE_COL: case OPT_ISF_COL:
		case OPT_RANDOM:
			if (mode != 0)
				die_usage(&com, "--%s and --%s: give only one",
				    mode_opt, longopts[li].name);
			mode = ch;
			mode_opt = longopts[li].name;
			arg = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc < 1)
		die_usage(&com, "no distribution named (one of: %s)",
		    dist_names());
	if ((d = dist_lookup(argv[0])) == NULL)
		die_usage(&com, "unknown distribution \"%s\"%s (known: %s)",
		    argv[0], suggest_hint(argv[0], dist_names(), hint,
		    sizeof(hint)), dist_names());
	argc--;
	argv++;
	if (dist_args_setup(d, &da, &dg) != 0)
		common_die(&com, &dg);
	switch (mode) {
	case 0:
		die_usage(&com, "give one of --pdf, --cdf, --sf, --quantile, "
		    "--isf, --random or a --*-col option");
		break;
	case OPT_PDF_COL: case OPT_CDF_COL: case OPT_SF_COL:
	case OPT_QUANTILE_COL: case OPT_ISF_COL:
		column = 1;
		fn = (enum dist_fn)(mode - OPT_PDF_COL);
		break;
	case OPT_RANDOM:
		if (num_parse_int(arg, 0, 100000000L, &nrand) != 0)
			die_usage(&com, "--random: \"%s\" is not a count from 0 "
			    "to 100000000", arg);
		break;
	default:
		fn = (enum dist_fn)(mode - OPT_PDF);
	}
	if (common_given(&com, COPT_SEED) && mode != OPT_RANDOM)
		die_usage(&com, "--seed applies to --random only");
	if (!column && argc > 0)
		die_usage(&com, "input files are read only with a --*-col "
		    "option");
	if (column) {
		f = common_read(&com, argc, argv);
		if (common_cols(f, arg, &col) != 1)
			die_usage(&com, "--%s: name one column", mode_opt);
		if (dist_column(f, col[0], d, da.par, fn, &t, &dg) != 0)
			common_die(&com, &dg);
		free(col);
		frame_free(f);
	} else if (mode == OPT_RANDOM) {
		seed = com.seed;
		if (!common_given(&com, COPT_SEED))	/* differ run to run */
			seed = ((unsigned long)time(NULL) ^
			    ((unsigned long)getpid() << 16)) & 0xffffffffUL;
		t = dist_random_table(d, da.par, seed, (size_t)nrand);
	} else if (dist_list_table(d, da.par, fn, arg, &t, &dg) != 0)
		common_die(&com, &dg);
	common_write(&com, t);
	return STATUS_OK;
}
