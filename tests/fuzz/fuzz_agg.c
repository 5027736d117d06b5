/* fuzz_agg: describe and groupby (agg_run) from bytes to result table.
 * The first byte picks the layout, keys, sorting and statistics. */
#include <stdlib.h>
#include <string.h>

#include "stats/agg.h"
#include "core/diag.h"
#include "io/out.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *lists[] = { "count,missing,mean,sd,min,q1,"
	    "median,q3,max", "all", "mode,unique,mad,p5,p99.9,first,last",
	    "sum,skewness,kurtosis,cv,range,iqr,se,var" };
	static const char *keys[] = { NULL, "1", "2,1", "1-3" };
	unsigned opts = fuzz_byte(&data, &size);
	struct frame_opts fo;
	struct agg_request q;
	struct agg_spec *spec;
	struct agg_ask ask[3];
	struct out_table *t;
	struct diag d;
	const char *bad;
	char path[64], *files[1] = { path };
	size_t nspec, badlen;
	int fd;

	fuzz_init();
	memset(&q, 0, sizeof(q));
	memset(&fo, 0, sizeof(fo));
	memset(ask, 0, sizeof(ask));
	fo.delim = opts & 0x40 ? ';' : ',';
	fo.no_header = (opts >> 7) & 1;
	if (agg_parse_list(lists[opts & 3], &spec, &nspec, &bad, &badlen) != 0)
		abort();
	q.keys = keys[(opts >> 2) & 3];
	q.sort = (opts >> 4) & 1;
	q.describe = (opts >> 5) & 1;
	if (q.describe) {
		q.spec = spec;
		q.nspec = nspec;
	} else {
		agg_lookup("mean", &ask[0].spec);
		ask[0].cols = "2";
		agg_lookup("median", &ask[1].spec);
		ask[1].cols = "1,2";
		q.ask = ask;	/* ask[2]: a bare count */
		q.nask = q.keys == NULL ? 1 : 3;
	}
	fd = fuzz_file(data, size, path, sizeof(path));
	if (agg_run(1, files, &fo, &q, &t, &d) == 0)
		fuzz_write(t, opts);
	fuzz_close(fd);
	free(spec);
	return 0;
}
