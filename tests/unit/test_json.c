/*
 * Unit tests of lib/io/json.c (the writer and the parse tree) and of the
 * model-file validator in lib/model/modelfile.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "io/json.h"
#include "model/model.h"
#include "model/modelfile.h"

/* What the writer makes of the calls in fn, as a string (malloc'ed). */
static char *
written(void (*fn)(struct json_writer *))
{
	struct json_writer w;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	json_writer_init(&w, fp);
	fn(&w);
	assert_int_equal(json_writer_end(&w), 0);
	fclose(fp);
	return buf;
}

static void
strings(struct json_writer *w)
{
	json_open(w, '[', 1);
	json_str(w, "a\"b\\c\n\t\r\x01\x7f");
	json_str(w, "\xc3\xa9");		/* é: valid, kept */
	json_str(w, "\xe9");			/* Latin-1 é: not UTF-8 */
	json_str(w, "\xed\xa0\x80");		/* a surrogate in UTF-8 */
	json_str(w, "\xc0\xaf");		/* overlong */
	json_close(w);
}

static void
json_str__escapes_and_keeps_bytes_apart(void **state)
{
	char *s = written(strings);

	(void)state;
	assert_string_equal(s, "[\"a\\\"b\\\\c\\n\\t\\r\\u0001\x7f\", "
	    "\"\xc3\xa9\", \"\\udce9\", \"\\udced\\udca0\\udc80\", "
	    "\"\\udcc0\\udcaf\"]\n");
	free(s);
}

static void
numbers(struct json_writer *w)
{
	json_open(w, '[', 1);
	json_num(w, 0.1, 0);
	json_num(w, -0.0, 0);
	json_num(w, NAN, 0);
	json_num(w, INFINITY, 0);
	json_num(w, -INFINITY, 0);
	json_num(w, 1e308, 0);
	json_num(w, 3.14159, 3);
	json_close(w);
}

static void
json_num__na_infinities_and_negative_zero(void **state)
{
	char *s = written(numbers);

	(void)state;
	assert_string_equal(s, "[0.1, -0, null, \"Infinity\", \"-Infinity\", "
	    "1e+308, 3.14]\n");
	free(s);
}

static void
layout(struct json_writer *w)
{
	json_open(w, '{', 0);
	json_key(w, "a");
	json_num(w, 1, 0);
	json_key(w, "b");
	json_open(w, '[', 1);
	json_close(w);
	json_key(w, "c");
	json_open(w, '[', 0);
	json_open(w, '{', 1);
	json_key(w, "x");
	json_str(w, "y");
	json_key(w, "x\xff");	/* a distinct key stays distinct */
	json_str(w, "z");
	json_close(w);
	json_close(w);
	json_close(w);
}

static void
json_writer__commas_and_layout(void **state)
{
	char *s = written(layout);

	(void)state;
	assert_string_equal(s, "{\n  \"a\": 1,\n  \"b\": [],\n  \"c\": [\n"
	    "    {\"x\": \"y\", \"x\\udcff\": \"z\"}\n  ]\n}\n");
	free(s);
}

static int
parse(const char *text, struct json **v, struct diag *d)
{
	return json_parse(text, strlen(text), "t.json", v, d);
}

/* Everything the writer writes reads back as the same bytes and numbers. */
static void
json_parse__reads_back_what_is_written(void **state)
{
	char *s = written(strings), *t = written(numbers);
	struct json *v;
	struct diag d;

	(void)state;
	assert_int_equal(parse(s, &v, &d), 0);
	assert_int_equal(v->type, JSON_ARR);
	assert_int_equal(v->n, 5);
	assert_string_equal(v->item[0].str, "a\"b\\c\n\t\r\x01\x7f");
	assert_string_equal(v->item[1].str, "\xc3\xa9");
	assert_string_equal(v->item[2].str, "\xe9");
	assert_string_equal(v->item[3].str, "\xed\xa0\x80");
	assert_string_equal(v->item[4].str, "\xc0\xaf");
	json_free(v);
	assert_int_equal(parse(t, &v, &d), 0);
	{
		double x[7];
		size_t i;

		for (i = 0; i < 7; i++)
			assert_int_equal(json_get_num(&v->item[i], NULL, 1,
			    &x[i], &d), 0);
		assert_true(x[0] == 0.1);
		assert_true(x[1] == 0 && signbit(x[1]));
		assert_true(isnan(x[2]));
		assert_true(isinf(x[3]) && x[3] > 0);
		assert_true(isinf(x[4]) && x[4] < 0);
		assert_true(x[5] == 1e308);
	}
	json_free(v);
	free(s);
	free(t);
	/* a surrogate pair is one code point */
	assert_int_equal(parse("\"\\ud83d\\ude00\"", &v, &d), 0);
	assert_string_equal(v->str, "\xf0\x9f\x98\x80");
	json_free(v);
}

static void
json_parse__rejects_what_is_not_json(void **state)
{
	static const struct {
		const char *text, *msg;
	} bad[] = {
		{ "", "t.json:1: empty" },
		{ "[1,", "t.json:1: the text ends early" },
		{ "[1 2]", "t.json:1: an array without a closing ]" },
		{ "{1: 2}", "t.json:1: an object's key is not a string" },
		{ "01", "t.json:1: text after the JSON value" },
		{ "1.", "t.json:1: the text ends early" },
		{ "1e999", "t.json:1: a number out of range" },
		{ "nul", "t.json:1: not a JSON value" },
		{ "\"\\u0000\"", "t.json:1: \\u0000 in a string" },
		{ "\"\\ud800\"", "t.json:1: a lone surrogate in a string" },
		{ "\"a\nb\"", "t.json:1: a control character in a string" },
		{ "\n\n[x]", "t.json:3: not a JSON value" },
		{ "[] []", "t.json:1: text after the JSON value" },
	};
	struct json *v;
	struct diag d;
	char msg[600];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(parse(bad[i].text, &v, &d), -1);
		assert_null(v);
		assert_int_equal(d.status, STATUS_DATA);
		diag_format(&d, msg, sizeof(msg));
		assert_string_equal(msg, bad[i].msg);
	}
}

/* Nesting is capped: no recursion as deep as the text. */
static void
json_parse__caps_the_depth(void **state)
{
	size_t n = 200000, depth;
	char *s = malloc(2 * n + 1);
	struct json *v;
	struct diag d;

	(void)state;
	for (depth = JSON_DEPTH_MAX; depth <= n;
	    depth = depth == JSON_DEPTH_MAX ? JSON_DEPTH_MAX + 1 : n) {
		memset(s, '[', depth);
		memset(s + depth, ']', depth);
		s[2 * depth] = '\0';
		if (depth == JSON_DEPTH_MAX) {
			assert_int_equal(parse(s, &v, &d), 0);
			json_free(v);
		} else {
			assert_int_equal(parse(s, &v, &d), -1);
			assert_string_equal(d.msg,
			    "nested deeper than 64 levels");
		}
		if (depth == n)
			break;
	}
	free(s);
}

static void
json_get__names_the_field(void **state)
{
	struct json *v;
	struct diag d;
	double x;
	char msg[600];

	(void)state;
	assert_int_equal(parse("{\"coef\": [1, 2, \"x\"], \"lv\": "
	    "{\"a b\": [true]}, \"s\": \"Infinity\"}", &v, &d), 0);
	assert_int_equal(json_get_num(json_member(v, "coef"), NULL, 0, &x,
	    &d), -1);
	assert_int_equal(json_get_num(&json_member(v, "coef")->item[2], NULL,
	    0, &x, &d), -1);
	diag_format(&d, msg, sizeof(msg));
	assert_string_equal(msg, "t.json: \"coef[2]\": not a number");
	assert_null(json_get_str(&json_member(json_member(v, "lv"),
	    "a b")->item[0], NULL, &d));
	assert_string_equal(d.msg, "t.json: \"lv.a b[0]\": not a string");
	assert_null(json_get(v, "nope", JSON_OBJ, &d));
	assert_string_equal(d.msg, "t.json: \"nope\": missing");
	assert_null(json_get_arr(v, "coef", 2, &d));
	assert_string_equal(d.msg, "t.json: \"coef\": 3 items, not 2");
	assert_int_equal(json_get_num(v, "s", 0, &x, &d), 0);
	assert_true(isinf(x));
	json_free(v);
}

/* A saved model with one edit, through model_load(): the message. */
static const char good[] =
    "{\"statpipe_model\": 1, \"kind\": \"regress\", \"formula\": \"y ~ x\","
    " \"family\": \"gaussian\", \"levels\": {}, \"sigma\": 2,"
    " \"df_residual\": 8, \"terms\": [\"(Intercept)\", \"x\"],"
    " \"estimates\": [1, null], \"cov_unscaled\": [[0.5, null],"
    " [null, null]]}";

static void
load_edited(const char *from, const char *to, const char *msg)
{
	char path[] = "/tmp/statpipe-test-json-XXXXXX", text[1024], *p;
	struct model_saved *m;
	struct diag d;
	int fd;
	FILE *fp;

	snprintf(text, sizeof(text), "%s", good);
	if (from != NULL) {
		char rest[1024];

		assert_non_null(p = strstr(text, from));
		snprintf(rest, sizeof(rest), "%s", p + strlen(from));
		snprintf(p, sizeof(text) - (size_t)(p - text), "%s%s", to,
		    rest);
	}
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(fp = fdopen(fd, "w"));
	fputs(text, fp);
	fclose(fp);
	if (msg == NULL) {
		assert_int_equal(model_load(path, &m, &d), 0);
		assert_int_equal(m->p, 2);
		assert_true(isnan(m->coef[1]));	/* aliased */
		model_saved_free(m);
	} else {
		assert_int_equal(model_load(path, &m, &d), -1);
		assert_null(m);
		assert_int_equal(d.status, STATUS_DATA);
		assert_non_null(p = strstr(d.msg, ": "));
		assert_string_equal(p + 2, msg);
	}
	unlink(path);
}

static void
model_load__validates_every_field(void **state)
{
	(void)state;
	load_edited(NULL, NULL, NULL);
	load_edited("\"statpipe_model\": 1", "\"statpipe_model\": 2",
	    "\"statpipe_model\": version 2 is not supported (only 1)");
	load_edited("\"kind\": \"regress\"", "\"kind\": \"kmeans\"",
	    "\"kind\": a kmeans model, not regress");
	load_edited("\"gaussian\"", "\"negbin\"",
	    "\"family\": \"negbin\" is not a family of regress --family");
	load_edited("\"sigma\": 2", "\"sigma\": -1", "\"sigma\": negative");
	load_edited("\"df_residual\": 8", "\"df_residual\": 0",
	    "\"df_residual\": not a positive number");
	load_edited("\"levels\": {}", "\"levels\": {\"f\": []}",
	    "\"levels.f\": no levels");
	load_edited("[0.5, null]", "[0.5]", "\"cov_unscaled[0]\": 1 items, "
	    "not 2");
	load_edited("[0.5, null]", "[-0.5, null]",
	    "\"cov_unscaled\": not positive definite");
	load_edited("[0.5, null]", "[null, null]",
	    "\"cov_unscaled[0][0]\": not a number");
	load_edited("\"estimates\": [1, null]", "\"estimates\": [null, null]",
	    "\"estimates\": no estimated coefficient");
	load_edited("\"terms\": [\"(Intercept)\", \"x\"]", "\"terms\": "
	    "[\"(Intercept)\", 2]", "\"terms[1]\": not a string");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_str__escapes_and_keeps_bytes_apart),
		cmocka_unit_test(json_num__na_infinities_and_negative_zero),
		cmocka_unit_test(json_writer__commas_and_layout),
		cmocka_unit_test(json_parse__reads_back_what_is_written),
		cmocka_unit_test(json_parse__rejects_what_is_not_json),
		cmocka_unit_test(json_parse__caps_the_depth),
		cmocka_unit_test(json_get__names_the_field),
		cmocka_unit_test(model_load__validates_every_field),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
