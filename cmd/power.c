/* statpipe power: power and sample size of t, proportion and ANOVA tests. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/num.h"
#include "stats/power.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe power [--n n] [--delta d] [--sd s] [--sig-level a] "
    "[--power p]\n"
    "           [--type two-sample|one-sample|paired]\n"
    "           [--alternative two-sided|one-sided] [--strict]\n"
    "       statpipe power [--n n] [--p1 p] [--p2 p] [--sig-level a] "
    "[--power p]\n"
    "           [...]\n"
    "       statpipe power [--groups k] [--n n] [--between-var b] "
    "[--within-var w]\n"
    "           [--sig-level a] [--power p]\n"
    "       (give every parameter but one; that one is solved for)\n";

enum { OPT_STRICT = OPT_CMD, OPT_TYPE, OPT_VAR };

int
cmd_power(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "between-var", required_argument,	NULL,	OPT_VAR },
		{ "delta",	required_argument,	NULL,	OPT_VAR },
		{ "groups",	required_argument,	NULL,	OPT_VAR },
		{ "n",		required_argument,	NULL,	OPT_VAR },
		{ "p1",		required_argument,	NULL,	OPT_VAR },
		{ "p2",		required_argument,	NULL,	OPT_VAR },
		{ "power",	required_argument,	NULL,	OPT_VAR },
		{ "sd",		required_argument,	NULL,	OPT_VAR },
		{ "sig-level",	required_argument,	NULL,	OPT_VAR },
		{ "strict",	no_argument,		NULL,	OPT_STRICT },
		{ "type",	required_argument,	NULL,	OPT_TYPE },
		{ "within-var",	required_argument,	NULL,	OPT_VAR },
		COMMON_OPT_ALTERNATIVE,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	static const char *const types[] = { "two-sample", "one-sample",
		"paired" };
	struct power_spec s;
	struct common com;
	enum power_var solved;
	struct diag d;
	double x;
	int ch, li, i;

	memset(&s, 0, sizeof(s));
	for (i = 0; i < POWER_NVARS; i++)
		s.v[i] = NAN;
	common_init(&com, usage_str);
	com.one_sided = 1;	/* R's power.t.test: two.sided or one.sided */
	while ((ch = getopt_long(argc, argv, COMMON_SHORTOPTS, longopts,
	    &li)) != -1) {
		switch (ch) {
		case OPT_VAR:
			if (num_parse_opt(optarg, &x) != 0)
				die_usage(&com, "--%s: \"%s\" is not a number",
				    longopts[li].name, optarg);
			for (i = 0; strcmp(power_var_name(i),
			    longopts[li].name) != 0; i++)
				;
			s.v[i] = x;
			break;
		case OPT_STRICT:
			s.strict = 1;
			break;
		case OPT_TYPE:
			for (i = 0; i < 3 && strcmp(optarg, types[i]) != 0; i++)
				;
			if (i == 3)
				die_usage(&com, "--type: \"%s\" is not two-sample, "
				    "one-sample or paired", optarg);
			s.type = (enum power_type)i;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	if (optind < argc)
		die_usage(&com, "no input is read: \"%s\"", argv[optind]);
	s.one_sided = com.alt == ALT_ONE_SIDED;
	s.test = POWER_AUTO;
	if (power_solve(&s, &solved, &d) != 0)
		common_die(&com, &d);
	common_write(&com, power_table(&s));
	return STATUS_OK;
}
