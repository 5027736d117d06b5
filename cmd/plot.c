/* statpipe plot: draw a chart with gnuplot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "plot/plot.h"
#include "core/suggest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe plot KIND [-x col] [-y cols] [-c cols] [--by col] "
    "[--facet col]\n"
    "           [-o file] [--script] [--terminal name] [--size WxH]\n"
    "           [--title t] [--xlabel t] [--ylabel t] [--legend pos] "
    "[--logx]\n"
    "           [--logy] [--xrange a:b] [--yrange a:b] "
    "[--theme light|dark]\n"
    "           [--style list]"
    " [--set cmd] [--fit linear|loess|lowess|poly:K]\n"
    "           [--fit nls --start b1=v1,... 'y ~ f(x, b1)'] "
    "[--conf-level p]\n"
    "           [--count]"
    " [--bins n] [--density]"
    " [--positive class] [--scale]\n"
    "           [--diag hist|density] [--hue col] [--seed n] "
    "[file ...]\n"
    "       KIND: scatter line hist density bar box pie heatmap qq ecdf "
    "violin\n"
    "             errorbar pairs residuals roc importance scree biplot\n"
    "             path cv strip swarm count point lm\n";

enum { OPT_PLOT = OPT_CMD };	/* every long option of plot */

int
cmd_plot(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "bins",	required_argument,	NULL,	OPT_PLOT },
		{ "by",		required_argument,	NULL,	OPT_PLOT },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "count",	no_argument,		NULL,	OPT_PLOT },
		{ "density",	no_argument,		NULL,	OPT_PLOT },
		{ "diag",	required_argument,	NULL,	OPT_PLOT },
		{ "facet",	required_argument,	NULL,	OPT_PLOT },
		{ "fit",	required_argument,	NULL,	OPT_PLOT },
		{ "hue",	required_argument,	NULL,	OPT_PLOT },
		{ "legend",	required_argument,	NULL,	OPT_PLOT },
		{ "logx",	no_argument,		NULL,	OPT_PLOT },
		{ "logy",	no_argument,		NULL,	OPT_PLOT },
		{ "output",	required_argument,	NULL,	'o' },
		{ "positive",	required_argument,	NULL,	OPT_PLOT },
		{ "scale",	no_argument,		NULL,	OPT_PLOT },
		{ "script",	no_argument,		NULL,	OPT_PLOT },
		{ "set",	required_argument,	NULL,	OPT_PLOT },
		{ "size",	required_argument,	NULL,	OPT_PLOT },
		{ "start",	required_argument,	NULL,	OPT_PLOT },
		{ "style",	required_argument,	NULL,	OPT_PLOT },
		{ "terminal",	required_argument,	NULL,	OPT_PLOT },
		{ "theme",	required_argument,	NULL,	OPT_PLOT },
		{ "title",	required_argument,	NULL,	OPT_PLOT },
		{ "xlabel",	required_argument,	NULL,	OPT_PLOT },
		{ "xrange",	required_argument,	NULL,	OPT_PLOT },
		{ "ylabel",	required_argument,	NULL,	OPT_PLOT },
		{ "yrange",	required_argument,	NULL,	OPT_PLOT },
		COMMON_OPT_CONF_LEVEL,
		COMMON_OPT_SEED,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct plot_opts o;
	struct common com;
	struct frame *f;
	struct diag d;
	char kinds[512], hint[96];
	struct winsize ws;
	char shortname[2] = "";
	const char *nocol, *term;
	int ch, li = 0;

	common_init(&com, usage_str);
	plot_opts_init(&o);
	while ((ch = getopt_long(argc, argv, "c:o:x:y:" COMMON_SHORTOPTS,
	    longopts, &li)) != -1) {
		if (ch == 'c' || ch == 'o' || ch == 'x' || ch == 'y')
			shortname[0] = (char)ch;
		else if (ch != OPT_PLOT) {
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
			continue;
		}
		if (plot_option(&o, ch == OPT_PLOT ? longopts[li].name :
		    shortname, optarg, &d) != 0)
			die_usage(&com, "%s", d.msg);
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		die_usage(&com, "no kind of plot given");
	if (plot_kind_lookup(argv[0], &o.kind) != 0)
		die_usage(&com, "\"%s\" is not a kind of plot%s (kinds: %s)",
		    argv[0], suggest_hint(argv[0], plot_kind_names(kinds,
		    sizeof(kinds)), hint, sizeof(hint)), kinds);
	if (o.fit == PLOT_FIT_NLS && argc > 1) {	/* the model, as nls's */
		o.formula = argv[1];
		argv++;
		argc--;
	}
	o.seed = com.seed;
	o.level = com.conf_level;
	if (plot_opts_done(&o, &d) != 0)
		die_usage(&com, "%s", d.msg);
	if (o.term == PLOT_DUMB && o.output == NULL && !o.script &&
	    isatty(STDOUT_FILENO)) {
		/* ANSI colours unless NO_COLOR (no-color.org) or TERM=dumb */
		nocol = getenv("NO_COLOR");
		term = getenv("TERM");
		o.tty = (nocol == NULL || nocol[0] == '\0') && term != NULL &&
		    strcmp(term, "dumb") != 0;
		/* the window, leaving a line for the prompt */
		if (o.width == 0 &&
		    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
			o.width = ws.ws_col;
			o.height = ws.ws_row > 2 ? ws.ws_row - 1 : 24;
		}
	}
	f = common_read(&com, argc - 1, argv + 1);
	if (plot_frame(f, &o, stdout, &d) != 0)
		common_die(&com, &d);
	plot_opts_release(&o);
	frame_free(f);
	return STATUS_OK;
}
