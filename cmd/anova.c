/* statpipe anova: one- and two-way analysis of variance, and companions. */
#include <stdlib.h>
#include <string.h>

#include "stats/anova.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe anova [--additive] [--ss 1|2|3] [--ref col=level]\n"
    "           [--by keys] [--effect-ci [--conf-level p] [--alternative alt]]\n"
    "           [--tukey [--conf-level p] | --welch | --kruskal |\n"
    "            --homogeneity levene|brown-forsythe|bartlett|fligner |\n"
    "            --friedman | --quade | --within --block col]\n"
    "           [--p-adjust method] [--partial] -y col -g factor[,factor]\n"
    "           [file ...]\n";

/* the views without an argument first, in the order of views[] */
enum {
	OPT_FRIEDMAN = OPT_CMD, OPT_KRUSKAL, OPT_QUADE, OPT_TUKEY, OPT_WELCH,
	OPT_WITHIN, OPT_ADDITIVE, OPT_BLOCK, OPT_EFFECT_CI, OPT_HOMOG, OPT_REF,
	OPT_SS
};
static const enum anova_view views[] = { ANOVA_FRIEDMAN, ANOVA_KRUSKAL,
	ANOVA_QUADE, ANOVA_TUKEY, ANOVA_WELCH, ANOVA_WITHIN };

static void
set_view(struct common *com, struct anova_opts *o, int *nview,
    enum anova_view v)
{
	if ((*nview)++ > 0 && o->view != v)
		die_usage(com, "--tukey, --welch, --kruskal, --homogeneity, "
		    "--friedman, --quade and --within exclude each other");
	o->view = v;
}

int
cmd_anova(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "additive",	no_argument,		NULL,	OPT_ADDITIVE },
		{ "factors",	required_argument,	NULL,	'g' },
		{ "homogeneity", required_argument,	NULL,	OPT_HOMOG },
		{ "kruskal",	no_argument,		NULL,	OPT_KRUSKAL },
		{ "block",	required_argument,	NULL,	OPT_BLOCK },
		{ "effect-ci",	no_argument,		NULL,	OPT_EFFECT_CI },
		{ "friedman",	no_argument,		NULL,	OPT_FRIEDMAN },
		{ "quade",	no_argument,		NULL,	OPT_QUADE },
		{ "ref",	required_argument,	NULL,	OPT_REF },
		{ "subject",	required_argument,	NULL,	OPT_BLOCK },
		{ "within",	no_argument,		NULL,	OPT_WITHIN },
		{ "response",	required_argument,	NULL,	'y' },
		{ "ss",		required_argument,	NULL,	OPT_SS },
		{ "tukey",	no_argument,		NULL,	OPT_TUKEY },
		{ "welch",	no_argument,		NULL,	OPT_WELCH },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_BY, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_GROUP,
		COMMON_OPT_P_ADJUST, COMMON_OPT_PARTIAL, COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct anova_request q = { .o = ANOVA_OPTS_INIT };
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	enum anova_view v_homog;
	int ch, nview = 0;
	long v;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "g:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'y':
			q.y = optarg;
			break;
		case OPT_ADDITIVE:
			q.o.additive = 1;
			break;
		case OPT_HOMOG:
			if (anova_homogeneity(optarg, &v_homog) != 0)
				die_usage(&com, "--homogeneity: \"%s\" is not "
				    "one of levene, brown-forsythe, bartlett, "
				    "fligner", optarg);
			set_view(&com, &q.o, &nview, v_homog);
			break;
		case OPT_BLOCK:
		case OPT_REF:
			*(ch == OPT_REF ? &q.o.ref : &q.block) = optarg;
			break;
		case OPT_EFFECT_CI:
			q.o.effect_ci = 1;
			break;
		case OPT_SS:
			if (num_parse_int(optarg, 1, 3, &v) != 0)
				die_usage(&com, "--ss: \"%s\" is not 1, 2 or 3",
				    optarg);
			q.o.ss = (int)v;
			q.ss_given = 1;
			break;
		default:	/* a view, or a common option */
			if (ch >= OPT_FRIEDMAN && ch <= OPT_WITHIN)
				set_view(&com, &q.o, &nview,
				    views[ch - OPT_FRIEDMAN]);
			else if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	q.group = com.group;
	q.by = com.by;
	q.conf_given = common_given(&com, COPT_CONF_LEVEL);
	q.alt_given = common_given(&com, COPT_ALTERNATIVE);
	if (q.alt_given)
		q.o.alt = com.alt;
	q.o.conf_level = com.conf_level;
	q.partial = com.partial;
	if (com.partial && com.p_adjust != NULL)
		die_usage(&com, "--partial: not with --p-adjust");
	if (anova_check(&q, &d) != 0)
		common_die(&com, &d);
	{
		const char *const lists[] = { q.y, q.group, q.by, q.block };

		common_keep(&com, lists, 4);
		q.keep = com.in.keep;
		q.keep_arg = com.in.keep_arg;
		com.in.keep = anova_columns;
		com.in.keep_arg = &q;
		f = common_read(&com, argc, argv);
	}
	if (anova_frame(f, &q, &t, &d) != 0)
		common_die(&com, &d);
	common_write_adjusted(&com, t);
	frame_free(f);
	return STATUS_OK;
}
