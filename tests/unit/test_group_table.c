/* Unit tests of lib/frame/group_table.c: the key table. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "frame/group_table.h"

static size_t
id1(struct group_table *t, const char *k)
{
	size_t len = k ? strlen(k) : 0;

	return group_table_id(t, &k, &len);
}

static size_t
id2(struct group_table *t, const char *a, const char *b)
{
	const char *k[2] = { a, b };
	size_t len[2] = { a ? strlen(a) : 0, b ? strlen(b) : 0 };

	return group_table_id(t, k, len);
}

/* Short keys live in the slots, long ones and missing in the arena:
 * either kind must find itself and only itself. */
static void
group_table__short_long_and_missing_keys(void **state)
{
	struct group_table *t = group_table_new(1);
	/* around the inline limit: 7 bytes of key in the slot, 8 not */
	static const char *const keys[] = { "", "a", "a\0", "abcdef",
	    "abcdefg", "abcdefgh", "abcdefghi" };
	char buf[32];
	size_t i, n = sizeof(keys) / sizeof(keys[0]), len;
	const char *k;

	(void)state;
	for (i = 0; i < n; i++)
		assert_int_equal(id1(t, keys[i]), i == 2 ? 1 : i - (i > 2));
	assert_int_equal(id1(t, NULL), n - 1);
	assert_int_equal(id1(t, NULL), n - 1);
	/* "a" followed by a NUL is a key of two bytes, not "a" */
	k = "a\0";
	len = 2;
	assert_int_equal(group_table_id(t, &k, &len), n);
	for (i = 0; i < 5000; i++) {	/* many rehashes */
		snprintf(buf, sizeof(buf), i % 2 ? "k%zu" :
		    "long-key-%zu-xxxxxxxx", i);
		assert_int_equal(id1(t, buf), n + 1 + i);
	}
	for (i = 0; i < n; i++)
		if (i != 2)
			assert_int_equal(id1(t, keys[i]), i - (i > 2));
	assert_int_equal(id1(t, NULL), n - 1);
	/* after the last lookup the keys stay */
	group_table_done(t);
	assert_string_equal(group_table_key(t, 3, 0), "abcdefg");
	assert_string_equal(group_table_key(t, 5, 0), "abcdefghi");
	assert_null(group_table_key(t, n - 1, 0));
	assert_string_equal(group_table_key(t, n + 1 + 4999, 0), "k4999");
	assert_int_equal(group_table_count(t), n + 1 + 5000);
	group_table_free(t);
}

static void
group_table__tuples_keep_their_boundaries(void **state)
{
	struct group_table *t = group_table_new(2);

	(void)state;
	assert_int_equal(id2(t, "ab", "c"), 0);
	assert_int_equal(id2(t, "a", "bc"), 1);
	assert_int_equal(id2(t, "", "abc"), 2);
	assert_int_equal(id2(t, NULL, "abc"), 3);
	assert_int_equal(id2(t, "abc", NULL), 4);
	assert_int_equal(id2(t, "abc", ""), 5);
	assert_int_equal(id2(t, NULL, NULL), 6);
	assert_int_equal(id2(t, "a", "bc"), 1);
	assert_int_equal(id2(t, NULL, "abc"), 3);
	assert_int_equal(id2(t, NULL, NULL), 6);
	assert_int_equal(id2(t, "abc", ""), 5);
	assert_int_equal(group_table_count(t), 7);
	group_table_free(t);
}

/* find looks up without making a group, prefetch changes nothing, and a
 * hash computed once gives the ids group_table_id() gives */
static void
group_table_find__finds_and_makes_nothing(void **state)
{
	struct group_table *t = group_table_new(1);
	static const char *const keys[] = { "g1", "a long key of many bytes",
	    NULL };
	const char *k;
	size_t i, len;
	uint64_t h;

	(void)state;
	for (i = 0; i < 3; i++)
		assert_int_equal(id1(t, keys[i]), i);
	for (i = 0; i < 3; i++) {
		k = keys[i];
		len = k ? strlen(k) : 0;
		h = group_table_hash(t, &k, &len);
		group_table_prefetch(t, h);
		assert_int_equal(group_table_find(t, h, &k, &len), i);
		assert_int_equal(group_table_id_hashed(t, h, &k, &len), i);
	}
	k = "g2";
	len = 2;
	h = group_table_hash(t, &k, &len);
	assert_int_equal(group_table_find(t, h, &k, &len), (size_t)-1);
	k = "a long key of many byte";
	len = strlen(k);
	h = group_table_hash(t, &k, &len);
	assert_int_equal(group_table_find(t, h, &k, &len), (size_t)-1);
	assert_int_equal(group_table_count(t), 3);
	assert_int_equal(group_table_id_hashed(t, h, &k, &len), 3);
	group_table_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(group_table__short_long_and_missing_keys),
		cmocka_unit_test(group_table__tuples_keep_their_boundaries),
		cmocka_unit_test(group_table_find__finds_and_makes_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
