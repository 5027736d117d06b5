/* statpipe groupby: aggregate columns by key. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stats/agg.h"
#include "core/xalloc.h"
#include "core/suggest.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe groupby [--by keys] [--sort] op:col[,col...] ... "
    "[count]\n"
    "           [--seed s] [file ...]\n";

/* Is this operand an operation ("mean:x", "count") rather than a file? */
static int
is_op(const char *s)
{
	const char *colon = agg_op_end(s);
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
		{ "keys",	required_argument,	NULL,	COPT_BY },
		COMMON_OPT_BY, COMMON_OPT_SORT, COMMON_OPT_PARTIAL,
		COMMON_OPT_SEED, COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	struct agg_ask *ask;
	struct agg_request q;
	struct common com;
	struct out_table *t;
	struct diag d;
	char name[64], hint[96];
	int ch, nops, i;

	memset(&q, 0, sizeof(q));
	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "k:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		/* -k, --keys: the old spelling of --by */
		if (!common_option(&com, ch == 'k' ? COPT_BY : ch, optarg))
			die_usage(&com, NULL);
	}
	argc -= optind;
	argv += optind;
	for (nops = 0; nops < argc && is_op(argv[nops]); nops++)
		;
	/* not an operation and not a file: a mistyped operation */
	if (nops < argc && access(argv[nops], F_OK) != 0 &&
	    (nops == 0 || strchr(argv[nops], ':') != NULL)) {
		const char *end = agg_op_end(argv[nops]);

		snprintf(name, sizeof(name), "%.*s", end != NULL ?
		    (int)(end - argv[nops]) : (int)strlen(argv[nops]),
		    argv[nops]);
		die_usage(&com, "unknown operation \"%s\"%s (operations: %s)",
		    name, suggest_hint(name, agg_names, hint, sizeof(hint)),
		    agg_names);
	}
	if (nops == 0)
		die_usage(&com, "no operation given (such as mean:x or count)");
	q.keys = com.by;
	q.sort = com.sort;
	q.seed = common_given(&com, COPT_SEED) ? com.seed : AGG_SEED;
	q.partial = com.partial;
	q.sketch = com.sketch;
	/* first and last of a state: the chunk's place */
	q.ordered = common_given(&com, COPT_PART_INDEX) || com.in.nshard > 0;
	q.part_index = common_given(&com, COPT_PART_INDEX) ?
	    (unsigned long long)com.part_index : com.in.shard;
	ask = xcalloc(nops, sizeof(*ask));
	for (i = 0; i < nops; i++) {
		char *colon = (char *)agg_op_end(argv[i]);

		if (colon == NULL)	/* bare count: rows per group */
			continue;
		*colon = '\0';
		agg_lookup(argv[i], &ask[i].spec);
		ask[i].cols = colon + 1;
	}
	q.ask = ask;
	q.nask = nops;
	if (agg_run(argc - nops, argv + nops, &com.in, &q, &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(ask);
	return STATUS_OK;
}
