/* test_par: a loop split among threads does every item once, in chunks. */
#include <stdlib.h>

#include "unit.h"
#include "core/par.h"

struct job {
	size_t	*hits;		/* per item */
	size_t	*chunk;		/* per item: the chunk that did it */
};

static void
mark(void *arg, size_t c, size_t lo, size_t hi)
{
	struct job *j = arg;
	size_t i;

	for (i = lo; i < hi; i++) {
		j->hits[i]++;
		j->chunk[i] = c;
	}
}

static void
par_split__every_item_once__chunks_in_order(void **state)
{
	size_t n = 1003, nch, i, hits[1003], chunk[1003];
	struct job j = { hits, chunk };

	(void)state;
	for (nch = 0; nch <= 7; nch++) {
		memset(hits, 0, sizeof(hits));
		par_split(nch, n, mark, &j);
		for (i = 0; i < n; i++) {
			assert_int_equal(hits[i], 1);
			size_t c = 0;

			while (nch > 1 && n * (c + 1) / nch <= i)
				c++;
			assert_int_equal(chunk[i], c);
		}
	}
	par_split(4, 0, mark, &j);	/* nothing to do */
	assert_int_equal(par_chunks(4, 100, 1000), 1);
	assert_int_equal(par_chunks(4, 1001, 1000), 4);
	assert_int_equal(par_chunks(1, 1 << 20, 1000), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(par_split__every_item_once__chunks_in_order),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
