/* Unit tests of lib/core/suggest.c: the nearest name to a typo. */
#include <string.h>

#include "unit.h"
#include "core/suggest.h"

static const char *const cmds[] = { "anova", "chisq", "corr", "describe",
	"groupby", "predict", "regress" };
#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static const char *
near(const char *s)
{
	return suggest(s, strlen(s), cmds, NCMDS);
}

static void
test_suggest__one_edit_of_each_kind(void **state)
{
	(void)state;
	assert_string_equal(near("descibe"), "describe");	/* deletion */
	assert_string_equal(near("describee"), "describe");	/* insertion */
	assert_string_equal(near("regres"), "regress");
	assert_string_equal(near("grupby"), "groupby");
	assert_string_equal(near("anvoa"), "anova");		/* swap */
	assert_string_equal(near("predcit"), "predict");
}

static void
test_suggest__two_edits_and_no_more(void **state)
{
	(void)state;
	assert_string_equal(near("dscribee"), "describe");
	assert_null(near("dscrbee"));		/* three edits */
	assert_null(near("totally-else"));
}

static void
test_suggest__exact_and_short_words(void **state)
{
	(void)state;
	assert_null(near("corr"));		/* not a typo */
	assert_string_equal(near("cor"), "corr");
	assert_null(near("co"));		/* short: one edit only */
}

static void
test_suggest__nearest_then_first(void **state)
{
	static const char *const cols[] = { "Sepal.Length", "Sepal.Width",
		"Petal.Length" };

	(void)state;
	assert_string_equal(suggest("Sepal.Lenght", 12, cols, 3),
	    "Sepal.Length");
	assert_string_equal(suggest("Petal.Lengthh", 13, cols, 3),
	    "Petal.Length");
	assert_null(suggest("x", 1, cols, 0));
}

static void
test_suggest__hint_from_a_list(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(suggest_hint("meen", "count, mean, sd", buf,
	    sizeof(buf)), "; did you mean \"mean\"?");
	assert_string_equal(suggest_hint("scater", "scatter line|hist", buf,
	    sizeof(buf)), "; did you mean \"scatter\"?");
	assert_string_equal(suggest_hint("zzzzzz", "count, mean", buf,
	    sizeof(buf)), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_suggest__one_edit_of_each_kind),
		cmocka_unit_test(test_suggest__two_edits_and_no_more),
		cmocka_unit_test(test_suggest__exact_and_short_words),
		cmocka_unit_test(test_suggest__nearest_then_first),
		cmocka_unit_test(test_suggest__hint_from_a_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
