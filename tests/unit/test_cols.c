/* Unit tests of lib/core/cols.c: column lists. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "core/cols.h"
#include "core/diag.h"

static char *const names[] = { "a", "b", "c-d", "d", "e", "f", "g", "h" };

static void
cols_parse__names_numbers_and_ranges(void **state)
{
	size_t *idx, n;
	struct diag d;

	(void)state;
	assert_int_equal(cols_parse("a,b,4,6-8", names, 8, &idx, &n, &d), 0);
	assert_int_equal(n, 6);
	assert_int_equal(idx[0], 0);
	assert_int_equal(idx[1], 1);
	assert_int_equal(idx[2], 3);
	assert_int_equal(idx[3], 5);
	assert_int_equal(idx[5], 7);
	free(idx);
	/* a name that exists wins over reading it as a range */
	assert_int_equal(cols_parse("c-d", names, 8, &idx, &n, &d), 0);
	assert_int_equal(n, 1);
	assert_int_equal(idx[0], 2);
	free(idx);
}

static void
cols_parse__unknown_column_lists_the_columns(void **state)
{
	size_t *idx, n;
	struct diag d;

	(void)state;
	assert_int_equal(cols_parse("a,zz", names, 3, &idx, &n, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_string_equal(d.msg,
	    "unknown column \"zz\" (columns: a, b, c-d)");
	assert_int_equal(cols_parse("9", names, 3, &idx, &n, &d), -1);
	assert_int_equal(cols_parse("3-1", names, 3, &idx, &n, &d), -1);
	assert_int_equal(cols_parse("0", names, 3, &idx, &n, &d), -1);
	assert_int_equal(cols_parse("a,,b", names, 3, &idx, &n, &d), -1);
}

static char *const iris[] = { "Sepal.Length", "Sepal.Width",
	"Petal.Length", "maker, country", "say \"hi\"", "Species" };

static void
cols_parse__quotes_globs_and_exclusion(void **state)
{
	size_t *idx, n;
	struct diag d;

	(void)state;
	/* a quoted name may hold commas; "" inside is one quote */
	assert_int_equal(cols_parse("\"maker, country\",\"say \"\"hi\"\"\"",
	    iris, 6, &idx, &n, &d), 0);
	assert_int_equal(n, 2);
	assert_int_equal(idx[0], 3);
	assert_int_equal(idx[1], 4);
	free(idx);
	/* a pattern: the matches in header order */
	assert_int_equal(cols_parse("Species,*.Width", iris, 6, &idx, &n, &d),
	    0);
	assert_int_equal(n, 2);
	assert_int_equal(idx[0], 5);
	assert_int_equal(idx[1], 1);
	free(idx);
	assert_int_equal(cols_parse("Sepal.*", iris, 6, &idx, &n, &d), 0);
	assert_int_equal(n, 2);
	assert_int_equal(idx[0], 0);
	assert_int_equal(idx[1], 1);
	free(idx);
	/* "!": every column but these, in header order */
	assert_int_equal(cols_parse("!Species,1-2", iris, 6, &idx, &n, &d), 0);
	assert_int_equal(n, 3);
	assert_int_equal(idx[0], 2);
	assert_int_equal(idx[1], 3);
	assert_int_equal(idx[2], 4);
	free(idx);
	/* no match, an unclosed quote, a quoted number is a name */
	assert_int_equal(cols_parse("Petal.W*x", iris, 6, &idx, &n, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(cols_parse("\"maker, country", iris, 6, &idx, &n, &d),
	    -1);
	assert_int_equal(cols_parse("\"a\"b", iris, 6, &idx, &n, &d), -1);
	assert_int_equal(cols_parse("\"1\"", iris, 6, &idx, &n, &d), -1);
	assert_string_equal(d.msg, "unknown column \"1\" (columns: "
	    "Sepal.Length, Sepal.Width, Petal.Length, maker, country, "
	    "say \"hi\", Species)");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cols_parse__names_numbers_and_ranges),
		cmocka_unit_test(cols_parse__unknown_column_lists_the_columns),
		cmocka_unit_test(cols_parse__quotes_globs_and_exclusion),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
