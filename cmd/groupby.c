/* statpipe groupby: aggregate columns by key. */
#include <stdlib.h>
#include <string.h>

#include "../lib/agg.h"
#include "../lib/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe groupby [-k keys] [--sort] op:col[,col...] ... "
    "[count] [file ...]\n";

enum { OPT_SORT = OPT_CMD };

/* Is this operand an operation ("mean:x", "count") rather than a file? */
static int
is_op(const char *s)
{
	const char *colon = strchr(s, ':');
	struct agg_spec spec;
	char name[32];

	if (strcmp(s, "count") == 0)
		return 1;
	if (colon == NULL || colon == s || (size_t)(colon - s) >= sizeof(name))
		return 0;
	memcpy(name, s, colon - s);
	name[colon - s] = '\0';
	return agg_lookup(name, &spec) == 0;
}

int
cmd_groupby(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "keys",	required_argument,	NULL,	'k' },
		{ "sort",	no_argument,		NULL,	OPT_SORT },
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *keys = NULL;
	struct agg_item *item = NULL;
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *key = NULL, nkey = 0, nitem = 0, cap = 0, *col, ncol, j;
	int ch, sort = 0, nops, i;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'k':
			keys = optarg;
			break;
		case OPT_SORT:
			sort = 1;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	for (nops = 0; nops < argc && is_op(argv[nops]); nops++)
		;
	if (nops == 0)
		die_usage(&com, "no operation given (such as mean:x or count)");
	f = common_read(&com, argc - nops, argv + nops);
	if (keys != NULL)
		nkey = common_cols(f, keys, &key);
	for (i = 0; i < nops; i++) {
		char *colon = strchr(argv[i], ':');

		if (colon == NULL) {	/* bare count: rows per group */
			item = xgrow(item, &cap, nitem + 1, sizeof(*item));
			memset(&item[nitem], 0, sizeof(*item));
			item[nitem++].spec.op = AGG_ROWS;
			continue;
		}
		*colon = '\0';
		ncol = common_cols(f, colon + 1, &col);
		for (j = 0; j < ncol; j++) {
			item = xgrow(item, &cap, nitem + 1, sizeof(*item));
			item[nitem].col = col[j];
			agg_lookup(argv[i], &item[nitem++].spec);
		}
		free(col);
	}
	if (agg_groupby(f, key, nkey, sort, item, nitem, &t, &d) != 0)
		die(&d);
	common_write(&com, t);
	free(item);
	free(key);
	frame_free(f);
	return STATUS_OK;
}
