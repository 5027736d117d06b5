/* statpipe filter: keep the rows where an expression is true. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "expr/pass.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe filter [-v] [-s name=value ...] expr [file ...]\n"
    "       statpipe filter [-v] [-s name=value ...] -f exprfile [file ...]\n";

/* The whole of an expression file, or die. */
static char *
slurp(const struct common *com, const char *path)
{
	FILE *fp = fopen(path, "r");
	char *s = NULL;
	size_t len = 0, cap = 0, n;

	if (fp == NULL)
		die_usage(com, "-f: %s: %s", path, strerror(errno));
	do {
		s = xgrow(s, &cap, len + 4097, 1);
		n = fread(s + len, 1, 4096, fp);
		len += n;
	} while (n > 0);
	fclose(fp);
	if (memchr(s, '\0', len) != NULL)
		die_usage(com, "-f: %s: a NUL byte", path);
	s[len] = '\0';
	return s;
}

int
cmd_filter(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "file",	required_argument,	NULL,	'f' },
		{ "invert",	no_argument,		NULL,	'v' },
		{ "set",	required_argument,	NULL,	's' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct expr_var *vars = xcalloc((size_t)argc, sizeof(*vars));
	const char *exprs[1] = { NULL };
	char *text = NULL;
	struct pass_opts o;
	struct common com;
	struct diag d;
	int ch;

	memset(&o, 0, sizeof(o));
	o.source = "expression";
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "f:s:v" COMMON_SHORTOPTS,
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			free(text);
			exprs[0] = text = slurp(&com, optarg);
			o.source = optarg;
			break;
		case 's':
			if (pass_var(optarg, &vars[o.nvars++]) != 0)
				die_usage(&com, "-s: \"%s\" is not name=value",
				    optarg);
			break;
		case 'v':
			o.invert = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (exprs[0] == NULL) {
		if (argc == 0)
			die_usage(&com, "which rows? (an expression)");
		exprs[0] = *argv++;
		argc--;
	}
	o.exprs = exprs;
	o.vars = vars;
	o.out = stdout;
	o.delim = common_rows_delim(&com);
	if (pass_filter(argc, argv, &com.in, &o, &d) != 0)
		common_die(&com, &d);
	if (o.na_rows > 0)
		diag_warn("%zu row%s where the expression is NA not kept",
		    o.na_rows, o.na_rows == 1 ? "" : "s");
	free(text);
	free(vars);
	return STATUS_OK;
}
