/* Unit tests of lib/frame.c: columns read as numbers (FRAME_KEEP_NUM). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "../../lib/diag.h"
#include "../../lib/frame.h"

/* frame_opts.keep: every column as numbers */
static int
keep_num(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	(void)arg;
	(void)names;
	(void)d;
	memset(keep, FRAME_KEEP_NUM, n);
	return 0;
}

static struct frame *
read_csv(const char *csv, int as_num)
{
	struct frame_opts o = { .delim = ',', .keep = as_num ? keep_num : NULL };
	char *name = "-", *s = strdup(csv);
	struct frame *f;
	struct diag d;
	FILE *save = stdin;

	stdin = fmemopen(s, strlen(s), "r");
	assert_int_equal(frame_read(1, &name, &o, &f, &d), 0);
	fclose(stdin);
	stdin = save;
	free(s);
	return f;
}

/* Read as numbers or as text then converted: the same columns. */
static void
frame_read__numbers_as_read_equal_frame_numeric(void **state)
{
	/* integers, floats, empty, text from the first value on (after a
	 * missing one), a number then text (an error), out of range */
	static const char csv[] = "i,f,e,t,m,r\n"
	    "1,1.5,NA,,2,1\n,2e3,,b,x,1e999\n-4,NaN,null,c,3,2\n";
	struct frame *a = read_csv(csv, 0), *b = read_csv(csv, 1);
	size_t j, i;

	(void)state;
	for (j = 0; j < a->ncols; j++) {
		struct diag da, db;
		int ra = frame_numeric(a, j, &da), rb = frame_numeric(b, j, &db);

		assert_int_equal(ra, rb);
		assert_int_equal(a->col[j].type, b->col[j].type);
		assert_int_equal(a->col[j].nmissing, b->col[j].nmissing);
		assert_int_equal(a->col[j].looks_numeric,
		    b->col[j].looks_numeric);
		if (ra != 0) {
			assert_string_equal(da.msg, db.msg);
			assert_int_equal(da.line, db.line);
			assert_string_equal(da.column, db.column);
			continue;
		}
		for (i = 0; i < a->nrows; i++) {
			assert_memory_equal(&a->col[j].num[i],
			    &b->col[j].num[i], sizeof(double));
			assert_true(a->col[j].rel[i] == b->col[j].rel[i]);
		}
	}
	/* only the text column keeps its text; the others have none */
	assert_false(b->col[3].as_num);
	assert_null(frame_text(b, 3, 0));
	assert_string_equal(frame_text(b, 3, 2), "c");
	assert_true(b->col[0].as_num && b->col[0].cell == NULL);
	frame_free(a);
	frame_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(frame_read__numbers_as_read_equal_frame_numeric),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
