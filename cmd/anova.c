/* statpipe anova: one- and two-way analysis of variance, and companions. */
#include <stdlib.h>
#include <string.h>

#include "stats/anova.h"
#include "core/cols.h"
#include "core/num.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe anova [--additive] [--ss 1|2|3] [--by keys]\n"
    "           [--effect-ci [--conf-level p] [--alternative alt]]\n"
    "           [--tukey [--conf-level p] | --welch | --kruskal |\n"
    "            --homogeneity levene|brown-forsythe|bartlett|fligner |\n"
    "            --friedman | --quade | --within --block col]\n"
    "           [--p-adjust method] -y col -g factor[,factor] [file ...]\n";

enum {
	OPT_ADDITIVE = OPT_CMD, OPT_HOMOG, OPT_KRUSKAL, OPT_SS, OPT_TUKEY,
	OPT_WELCH, OPT_BLOCK, OPT_FRIEDMAN, OPT_QUADE, OPT_WITHIN,
	OPT_EFFECT_CI
};

static void
set_view(struct common *com, struct anova_opts *o, int *nview,
    enum anova_view v)
{
	if ((*nview)++ > 0 && o->view != v)
		die_usage(com, "--tukey, --welch, --kruskal, --homogeneity, "
		    "--friedman, --quade and --within exclude each other");
	o->view = v;
}

/* frame_opts.keep of common_keep(), and the response's column list. */
struct keep_y {
	int		(*keep)(void *, char *const *, size_t, unsigned char *,
			    struct diag *);
	void		*keep_arg;
	const char	*y;
	const char	*const *text;	/* the factors, the stratum keys */
};

/*
 * frame_opts.keep: the columns common_keep() keeps, the response read as
 * numbers (FRAME_KEEP_NUM: anova reads only its numbers) unless it is a
 * factor or a stratum key too, the factors as factors (FRAME_KEEP_FACTOR:
 * anova reads only their codes) unless they are stratum keys too.
 */
static int
keep_response(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	const struct keep_y *k = arg;
	size_t *idx, m, i, j;

	if (k->keep(k->keep_arg, names, n, keep, d) != 0 ||
	    cols_parse(k->y, names, n, &idx, &m, d) != 0)
		return -1;
	for (j = 0; j < m; j++)
		keep[idx[j]] = FRAME_KEEP_NUM;
	free(idx);
	for (i = 0; i < 2; i++) {
		if (k->text[i] == NULL)
			continue;
		if (cols_parse(k->text[i], names, n, &idx, &m, d) != 0)
			return -1;
		for (j = 0; j < m; j++)
			keep[idx[j]] = i == 0 ? FRAME_KEEP_FACTOR : FRAME_KEEP;
		free(idx);
	}
	return 0;
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
		{ "subject",	required_argument,	NULL,	OPT_BLOCK },
		{ "within",	no_argument,		NULL,	OPT_WITHIN },
		{ "response",	required_argument,	NULL,	'y' },
		{ "ss",		required_argument,	NULL,	OPT_SS },
		{ "tukey",	no_argument,		NULL,	OPT_TUKEY },
		{ "welch",	no_argument,		NULL,	OPT_WELCH },
		COMMON_OPT_ALTERNATIVE, COMMON_OPT_BY, COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_GROUP,
		COMMON_OPT_P_ADJUST, COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct anova_opts o = ANOVA_OPTS_INIT;
	const char *y = NULL, *block = NULL;
	size_t *ycol, *fac, *key = NULL, j;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	int ch, nview = 0, ss_given = 0;
	long v;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "g:y:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'y':
			y = optarg;
			break;
		case OPT_ADDITIVE:
			o.additive = 1;
			break;
		case OPT_HOMOG:
			if (strcmp(optarg, "levene") == 0)
				set_view(&com, &o, &nview, ANOVA_LEVENE);
			else if (strcmp(optarg, "brown-forsythe") == 0)
				set_view(&com, &o, &nview,
				    ANOVA_BROWN_FORSYTHE);
			else if (strcmp(optarg, "bartlett") == 0)
				set_view(&com, &o, &nview, ANOVA_BARTLETT);
			else if (strcmp(optarg, "fligner") == 0)
				set_view(&com, &o, &nview, ANOVA_FLIGNER);
			else
				die_usage(&com, "--homogeneity: \"%s\" is not "
				    "one of levene, brown-forsythe, bartlett, "
				    "fligner", optarg);
			break;
		case OPT_KRUSKAL:
			set_view(&com, &o, &nview, ANOVA_KRUSKAL);
			break;
		case OPT_BLOCK:
			block = optarg;
			break;
		case OPT_EFFECT_CI:
			o.effect_ci = 1;
			break;
		case OPT_FRIEDMAN:
			set_view(&com, &o, &nview, ANOVA_FRIEDMAN);
			break;
		case OPT_QUADE:
			set_view(&com, &o, &nview, ANOVA_QUADE);
			break;
		case OPT_WITHIN:
			set_view(&com, &o, &nview, ANOVA_WITHIN);
			break;
		case OPT_SS:
			if (num_parse_int(optarg, 1, 3, &v) != 0)
				die_usage(&com, "--ss: \"%s\" is not 1, 2 or 3",
				    optarg);
			o.ss = (int)v;
			ss_given = 1;
			break;
		case OPT_TUKEY:
			set_view(&com, &o, &nview, ANOVA_TUKEY);
			break;
		case OPT_WELCH:
			set_view(&com, &o, &nview, ANOVA_WELCH);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (y == NULL || com.group == NULL)
		die_usage(&com, "-y and -g are required");
	if ((o.view >= ANOVA_FRIEDMAN) != (block != NULL))
		die_usage(&com, "--friedman, --quade and --within need "
		    "--block, and --block one of them");
	if (ss_given && o.view != ANOVA_TABLE)
		die_usage(&com, "--ss applies to the ANOVA table only");
	if (o.effect_ci && o.view != ANOVA_TABLE)
		die_usage(&com, "--effect-ci applies to the ANOVA table only");
	if (common_given(&com, COPT_CONF_LEVEL) && o.view != ANOVA_TUKEY &&
	    !o.effect_ci)
		die_usage(&com, "--conf-level applies to --tukey and "
		    "--effect-ci only");
	if (common_given(&com, COPT_ALTERNATIVE)) {
		if (!o.effect_ci)
			die_usage(&com, "--alternative applies to --effect-ci "
			    "only");
		o.alt = com.alt;
	}
	{
		const char *const lists[] = { y, com.group, com.by, block };
		struct keep_y ky = { NULL, NULL, y, lists + 1 };

		common_keep(&com, lists, 4);
		ky.keep = com.in.keep;
		ky.keep_arg = com.in.keep_arg;
		com.in.keep = keep_response;
		com.in.keep_arg = &ky;
		f = common_read(&com, argc, argv);
	}
	o.conf_level = com.conf_level;
	if (common_cols(f, y, &ycol) != 1) {
		diag_set(&d, STATUS_USAGE, "-y: give one response column");
		common_die(&com, &d);
	}
	o.y = ycol[0];
	free(ycol);
	o.nfac = common_cols(f, com.group, &fac);
	for (j = 0; j < o.nfac && j < 2; j++)
		o.fac[j] = fac[j];
	free(fac);
	if (block != NULL && o.nfac != 1) {
		diag_set(&d, STATUS_USAGE, "--block takes one factor");
		common_die(&com, &d);
	}
	if (block != NULL) {	/* the block is the second factor */
		if (common_cols(f, block, &fac) != 1) {
			diag_set(&d, STATUS_USAGE, "--block: name one column");
			common_die(&com, &d);
		}
		o.fac[1] = fac[0];
		o.nfac = 2;
		free(fac);
	}
	if (com.by != NULL) {
		o.neach = common_cols(f, com.by, &key);
		o.each = key;
	}
	if (anova_run(f, &o, &t, &d) != 0)
		common_die(&com, &d);
	common_write_adjusted(&com, t);
	free(key);
	frame_free(f);
	return STATUS_OK;
}
