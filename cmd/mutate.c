/* statpipe mutate: add or replace columns computed by expressions. */
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "expr/pass.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe mutate [-k keys] [-s name=value ...] 'name = expr' ...\n"
    "           [file ...]\n";

/* An argument is an assignment if it has a '=' that is not part of ==,
 * !=, <= or >= (a file name seldom has one). */
static int
is_assignment(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s == '=' && s[1] != '=')
			return 1;
		else if (*s == '=' || ((*s == '!' || *s == '<' || *s == '>') &&
		    s[1] == '='))
			s++;
	return 0;
}

int
cmd_mutate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "keys",	required_argument,	NULL,	'k' },
		{ "set",	required_argument,	NULL,	's' },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct expr_var *vars = xcalloc((size_t)argc, sizeof(*vars));
	struct pass_opts o;
	struct common com;
	struct diag d;
	int ch, n;

	memset(&o, 0, sizeof(o));
	o.source = "expression";
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:s:" COMMON_SHORTOPTS,
	    longopts, NULL)) != -1) {
		switch (ch) {
		case 'k':
			o.keys = optarg;
			break;
		case 's':
			if (pass_var(optarg, &vars[o.nvars++]) != 0)
				die_usage(&com, "-s: \"%s\" is not name=value",
				    optarg);
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	for (n = 0; n < argc && is_assignment(argv[n]); n++)
		;
	if (n == 0)
		die_usage(&com, "what to compute? ('name = expr')");
	o.exprs = (const char *const *)argv;
	o.nexprs = (size_t)n;
	o.vars = vars;
	o.out = stdout;
	o.delim = common_rows_delim(&com);
	o.digits = com.out.digits;
	if (pass_mutate(argc - n, argv + n, &com.in, &o, &d) != 0)
		common_die(&com, &d);
	free(vars);
	return STATUS_OK;
}
