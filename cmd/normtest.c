/* statpipe normtest: tests of normality per column (and group). */
#include <stdlib.h>
#include <string.h>

#include "stats/normtest.h"
#include "core/xalloc.h"
#include "cmd.h"
#include "common.h"

static const char usage_str[] =
    "usage: statpipe normtest -c cols [-m method[,method...] | -m all] "
    "[--by keys]\n"
    "           [file ...]\n"
    "       methods: shapiro (default), dagostino, jb, ad, lillie\n";

int
cmd_normtest(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "columns",	required_argument,	NULL,	'c' },
		{ "method",	required_argument,	NULL,	'm' },
		COMMON_OPT_BY,
		COMMON_LONGOPTS,
		{ NULL,		0,			NULL,	0 }
	};
	const char *cols = NULL, *method = "shapiro";
	enum normtest_method ms[NORMTEST_NMETHODS];
	struct common com;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t *col, ncol, *key = NULL, nkey = 0, nms = 0, len;
	const char *p, *e;
	char buf[32];
	int ch, all = 0;

	common_init(&com, usage_str);
	while ((ch = getopt_long(argc, argv, "c:m:" COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'c':
			cols = optarg;
			break;
		case 'm':
			method = optarg;
			break;
		default:
			if (!common_option(&com, ch, optarg))
				die_usage(&com, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (cols == NULL)
		die_usage(&com, "-c is required");
	if (strcmp(method, "all") == 0) {
		all = 1;
		for (nms = 0; nms < NORMTEST_NMETHODS; nms++)
			ms[nms] = (enum normtest_method)nms;
	} else {
		for (p = method;; p = e + 1) {
			e = strchr(p, ',');
			len = e ? (size_t)(e - p) : strlen(p);
			if (len >= sizeof(buf))
				len = sizeof(buf) - 1;
			memcpy(buf, p, len);
			buf[len] = '\0';
			if (nms == NORMTEST_NMETHODS ||
			    normtest_parse(buf, &ms[nms]) != 0)
				die_usage(&com, "-m: unknown method \"%s\" "
				    "(known: shapiro, dagostino, jb, ad, lillie, "
				    "all)", buf);
			nms++;
			if (e == NULL)
				break;
		}
	}
	{
		const char *const lists[] = { cols, com.by };

		common_keep(&com, lists, 2);
		f = common_read(&com, argc, argv);
	}
	ncol = common_cols(f, cols, &col);
	if (com.by != NULL)
		nkey = common_cols(f, com.by, &key);
	if (normtest_table(f, col, ncol, key, nkey, ms, nms, all || nkey > 0,
	    &t, &d) != 0)
		common_die(&com, &d);
	common_write(&com, t);
	free(col);
	free(key);
	frame_free(f);
	return STATUS_OK;
}
