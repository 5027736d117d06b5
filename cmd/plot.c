/* statpipe plot: draw a chart with gnuplot. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "core/num.h"
#include "plot/plot.h"
#include "core/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe plot KIND [-x col] [-y cols] [-c cols] [--by col] "
    "[--facet col]\n"
    "           [-o file] [--script] [--terminal name] [--size WxH]\n"
    "           [--title t] [--xlabel t] [--ylabel t] [--legend pos] "
    "[--logx] [--logy]\n"
    "           [--xrange a:b] [--yrange a:b] [--theme light|dark] "
    "[--style list]\n"
    "           [--set cmd] [--fit linear] [--count] [--bins n] "
    "[--density] [file ...]\n"
    "       KIND: scatter line hist density bar box pie heatmap qq ecdf "
    "violin\n"
    "             errorbar pairs residuals\n";

enum {
	OPT_BINS = OPT_CMD, OPT_BY, OPT_COUNT, OPT_DENSITY, OPT_FACET, OPT_FIT,
	OPT_LEGEND, OPT_LOGX, OPT_LOGY, OPT_SCRIPT, OPT_SET, OPT_SIZE,
	OPT_STYLE, OPT_TERMINAL, OPT_THEME, OPT_TITLE, OPT_XLABEL,
	OPT_XRANGE, OPT_YLABEL, OPT_YRANGE
};

/* One column, or die naming the option. */
static size_t
one_col(const struct common *com, const struct frame *f, const char *opt,
    const char *spec)
{
	size_t *idx, n, j;

	n = common_cols(f, spec, &idx);
	if (n != 1) {
		free(idx);
		die_usage(com, "%s: \"%s\" must name one column", opt, spec);
	}
	j = idx[0];
	free(idx);
	return j;
}

int
cmd_plot(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "bins",	required_argument,	NULL,	OPT_BINS },
		{ "by",		required_argument,	NULL,	OPT_BY },
		{ "columns",	required_argument,	NULL,	'c' },
		{ "count",	no_argument,		NULL,	OPT_COUNT },
		{ "density",	no_argument,		NULL,	OPT_DENSITY },
		{ "facet",	required_argument,	NULL,	OPT_FACET },
		{ "fit",	required_argument,	NULL,	OPT_FIT },
		{ "legend",	required_argument,	NULL,	OPT_LEGEND },
		{ "logx",	no_argument,		NULL,	OPT_LOGX },
		{ "logy",	no_argument,		NULL,	OPT_LOGY },
		{ "output",	required_argument,	NULL,	'o' },
		{ "script",	no_argument,		NULL,	OPT_SCRIPT },
		{ "set",	required_argument,	NULL,	OPT_SET },
		{ "size",	required_argument,	NULL,	OPT_SIZE },
		{ "style",	required_argument,	NULL,	OPT_STYLE },
		{ "terminal",	required_argument,	NULL,	OPT_TERMINAL },
		{ "theme",	required_argument,	NULL,	OPT_THEME },
		{ "title",	required_argument,	NULL,	OPT_TITLE },
		{ "xlabel",	required_argument,	NULL,	OPT_XLABEL },
		{ "xrange",	required_argument,	NULL,	OPT_XRANGE },
		{ "ylabel",	required_argument,	NULL,	OPT_YLABEL },
		{ "yrange",	required_argument,	NULL,	OPT_YRANGE },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *xs = NULL, *ys = NULL, *cs = NULL, *bys = NULL;
	const char *facets = NULL, *term = NULL;
	struct plot_opts o;
	struct common com;
	struct frame *f;
	struct diag d;
	struct winsize ws;
	size_t cap = 0, len;
	char *script, *end;
	int ch, script_only = 0;
	long v;

	common_init(&com, usage_str);
	plot_opts_init(&o);
	while ((ch = getopt_long(argc, argv, "c:o:x:y:" COMMON_SHORTOPTS,
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			cs = optarg;
			break;
		case 'o':
			o.output = optarg;
			break;
		case 'x':
			xs = optarg;
			break;
		case 'y':
			ys = optarg;
			break;
		case OPT_BINS:
			if (num_parse_int(optarg, 1, 100000, &o.bins) != 0)
				die_usage(&com, "--bins: \"%s\" is not a "
				    "number from 1 to 100000", optarg);
			break;
		case OPT_BY:
			bys = optarg;
			break;
		case OPT_COUNT:
			o.count = 1;
			break;
		case OPT_DENSITY:
			o.density = 1;
			break;
		case OPT_FACET:
			facets = optarg;
			break;
		case OPT_FIT:
			if (strcmp(optarg, "linear") != 0)
				die_usage(&com, "--fit: \"%s\" is not linear",
				    optarg);
			o.fit = 1;
			break;
		case OPT_LEGEND:
			if (plot_legend_lookup(optarg, &o.legend) != 0)
				die_usage(&com, "--legend: \"%s\" is not "
				    "top-left, top-right, bottom-left, "
				    "bottom-right, outside or off", optarg);
			break;
		case OPT_LOGX:
			o.logx = 1;
			break;
		case OPT_LOGY:
			o.logy = 1;
			break;
		case OPT_SCRIPT:
			script_only = 1;
			break;
		case OPT_SET:
			o.set = xgrow(o.set, &cap, o.nset + 1, sizeof(*o.set));
			o.set[o.nset++] = optarg;
			break;
		case OPT_SIZE:
			o.width = strtol(optarg, &end, 10);
			if (end == optarg || (*end != 'x' && *end != 'X') ||
			    num_parse_int(end + 1, 1, 20000, &v) != 0 ||
			    o.width < 1 || o.width > 20000 || optarg[0] == '+')
				die_usage(&com, "--size: \"%s\" is not "
				    "WIDTHxHEIGHT (such as 800x600)", optarg);
			o.height = v;
			break;
		case OPT_STYLE:
			if (plot_style_check(optarg, &d) != 0)
				die_usage(&com, "%s", d.msg);
			o.style = optarg;
			break;
		case OPT_TERMINAL:
			term = optarg;
			break;
		case OPT_THEME:
			if (strcmp(optarg, "light") != 0 &&
			    strcmp(optarg, "dark") != 0)
				die_usage(&com, "--theme: \"%s\" is not "
				    "light or dark", optarg);
			o.dark = strcmp(optarg, "dark") == 0;
			break;
		case OPT_TITLE:
			o.title = optarg;
			break;
		case OPT_XLABEL:
			o.xlabel = optarg;
			break;
		case OPT_YLABEL:
			o.ylabel = optarg;
			break;
		case OPT_XRANGE:
		case OPT_YRANGE:
			if (plot_range_check(optarg) != 0)
				die_usage(&com, "--%s: \"%s\" is not a range "
				    "A:B (either may be empty)",
				    ch == OPT_XRANGE ? "xrange" : "yrange",
				    optarg);
			*(ch == OPT_XRANGE ? &o.xrange : &o.yrange) = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		die_usage(&com, "no kind of plot given");
	if (plot_kind_lookup(argv[0], &o.kind) != 0)
		die_usage(&com, "\"%s\" is not a kind of plot", argv[0]);
	/* the terminal: --terminal, then -o's extension, else text */
	if (term != NULL) {
		if (plot_term_lookup(term, &o.term, &d) != 0)
			die_usage(&com, "%s", d.msg);
		o.terminal = term;
	} else if (o.output != NULL && plot_term_for(o.output, &o.term) != 0)
		die_usage(&com, "-o: cannot tell the format of \"%s\" (use "
		    ".png, .svg, .pdf, .txt or --terminal)", o.output);
	if (o.term == PLOT_DUMB && o.output == NULL && o.width == 0 &&
	    !script_only && isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
		/* the window, leaving a line for the prompt */
		o.tty = 1;
		o.width = ws.ws_col;
		o.height = ws.ws_row > 2 ? ws.ws_row - 1 : 24;
	}
	f = common_read(&com, argc - 1, argv + 1);
	if (xs != NULL)
		o.x = one_col(&com, f, "-x", xs);
	if (ys != NULL)
		o.ny = common_cols(f, ys, &o.y);
	if (cs != NULL)
		o.nc = common_cols(f, cs, &o.c);
	if (bys != NULL)
		o.by = one_col(&com, f, "--by", bys);
	if (facets != NULL)
		o.facet = one_col(&com, f, "--facet", facets);
	if (plot_check(f, &o, &d) != 0)
		die_usage(&com, "%s", d.msg);
	if (plot_script(f, &o, &script, &len, &d) != 0)
		die(&d);
	if (script_only)
		fwrite(script, 1, len, stdout);
	else if (plot_run(script, len, o.output, &d) != 0)
		die(&d);
	free(script);
	free(o.y);
	free(o.c);
	free(o.set);
	frame_free(f);
	return STATUS_OK;
}
