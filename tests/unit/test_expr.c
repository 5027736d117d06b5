/*
 * Unit tests of lib/expr: every operator and function against values
 * computed by R (tests/unit/fixtures/expr.inc, from
 * scripts/gen-fixtures-expr.R), the parser's precedence and every error
 * message, the window functions.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "core/diag.h"
#include "core/num.h"
#include "expr/expr.h"
#include "frame/frame.h"

/* The row every case sees (as gen-fixtures-expr.R's R variables). */
static char *names[] = { "x", "y", "n", "s", "d", "Sepal.Length",
	"two words" };
static char *fields[] = { "2.5", "-3", "NA", "  Mixed Case ",
	"2024-03-15", "007", "w" };
#define NCOLS	(sizeof(names) / sizeof(names[0]))

static struct num_na na;

static void
row_init(struct frame_row *row, uint32_t *len)
{
	size_t j;

	for (j = 0; j < NCOLS; j++)
		len[j] = (uint32_t)strlen(fields[j]);
	memset(row, 0, sizeof(*row));
	row->field = fields;
	row->len = len;
	row->n = NCOLS;
	row->line = 2;
	row->file = "t.csv";
}

static void
env_init(struct expr_env *env)
{
	static const struct expr_var vars[] = { { "lim", "2" },
	    { "who", "Mixed" } };

	memset(env, 0, sizeof(*env));
	env->names = names;
	env->ncols = NCOLS;
	env->na = &na;
	env->vars = vars;
	env->nvars = 2;
}

/* Compile and evaluate text on the row; the diag on failure. */
static int
run(const char *text, struct expr_val *v, char *out, size_t outsz,
    struct diag *d)
{
	struct expr_env env;
	struct frame_row row;
	uint32_t len[NCOLS];
	struct expr *e;
	int rc;

	env_init(&env);
	row_init(&row, len);
	if (expr_compile(text, "expression", 0, &env, &e, NULL, d) != 0)
		return -1;
	rc = expr_eval(e, &row, NULL, 0, v, d);
	if (rc == 0 && v->t == EXPR_STR)
		snprintf(out, outsz, "%.*s", (int)v->len, v->s);
	expr_free(e);
	return rc;
}

static const struct {
	const char	*text;
	int		 type;
	double		 num;
	const char	*str;
} cases[] = {
#include "fixtures/expr.inc"
};

static void
expr_eval__every_operator_and_function_as_r(void **state)
{
	struct expr_val v;
	struct diag d;
	char s[256];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (run(cases[i].text, &v, s, sizeof(s), &d) != 0) {
			print_error("%s: %s\n", cases[i].text, d.msg);
			fail();
		}
		if (v.t != cases[i].type) {
			print_error("%s: type %d, want %d\n", cases[i].text,
			    v.t, cases[i].type);
			fail();
		}
		if (v.t == EXPR_STR && strcmp(s, cases[i].str) != 0) {
			print_error("%s: \"%s\", want \"%s\"\n",
			    cases[i].text, s, cases[i].str);
			fail();
		}
		if ((v.t == EXPR_NUM || v.t == EXPR_BOOL) && !(v.x ==
		    cases[i].num || fabs(v.x - cases[i].num) <= 1e-15 *
		    fabs(cases[i].num))) {
			print_error("%s: %.17g, want %.17g\n", cases[i].text,
			    v.x, cases[i].num);
			fail();
		}
	}
}

/* text gives the number want. */
static void
assert_num(const char *text, double want)
{
	struct expr_val v;
	struct diag d;
	char s[64];

	if (run(text, &v, s, sizeof(s), &d) != 0) {
		print_error("%s: %s\n", text, d.msg);
		fail();
	}
	if (v.t != EXPR_NUM || v.x != want) {
		print_error("%s: type %d value %.17g, want %.17g\n", text, v.t,
		    v.x, want);
		fail();
	}
}

static void
expr_compile__columns_variables_and_names(void **state)
{
	struct expr_val v;
	struct diag d;
	char s[64];

	(void)state;
	assert_num("$x + ${y}", -0.5);
	assert_num("$1 * 2", 5);
	assert_num("Sepal.Length + 1", 8);	/* dots in a bare name */
	assert_num("${two words} == \"w\" ? 1 : 0", 1);
	assert_num("lim * 10", 20);		/* -s lim=2 */
	assert_num("contains(s, who) ? 1 : 0", 1);
	/* a cell keeps its text as read: 007 stays 007 */
	assert_int_equal(run("Sepal.Length", &v, s, sizeof(s), &d), 0);
	assert_int_equal(v.t, EXPR_NUM);
	assert_true(v.x == 7 && v.len == 3 && memcmp(v.s, "007", 3) == 0);
	/* a cell compared with a string is read as text */
	assert_int_equal(run("Sepal.Length == \"007\"", &v, s, sizeof(s), &d),
	    0);
	assert_true(v.t == EXPR_BOOL && v.x == 1);
	/* a comment runs to the end of its line */
	assert_num("x # the value\n + 1", 3.5);
}

static void
expr_compile__precedence_and_associativity(void **state)
{
	(void)state;
	assert_num("2 * 3 + 4", 10);
	assert_num("2 + 3 * 4", 14);
	assert_num("2 - 3 - 4", -5);		/* left */
	assert_num("2 ^ 3 ^ 2", 512);		/* right */
	assert_num("-2 ^ 2", -4);		/* ^ above unary minus */
	assert_num("2 * 3 % 4", 2);		/* % with *, left */
	assert_num("1 + 2 > 2 ? 10 : 20", 10);	/* ?: lowest */
	assert_num("true ? false ? 1 : 2 : 3", 2);	/* right */
	assert_num("1 < 2 == 2 < 3 ? 1 : 0", 1);	/* == below < */
	assert_num("true || false && false ? 1 : 0", 1);	/* && above || */
	assert_num("!false == true ? 1 : 0", 1);	/* ! above == */
	assert_num("x in (1, 2.5) && true ? 1 : 0", 1);
}

/* text fails to compile with exactly msg. */
static void
assert_error(const char *text, const char *msg)
{
	struct expr_val v;
	struct diag d;
	char s[64];

	if (run(text, &v, s, sizeof(s), &d) == 0) {
		print_error("%s: compiled\n", text);
		fail();
	}
	if (strcmp(d.msg, msg) != 0) {
		print_error("%s:\n got: %s\nwant: %s\n", text, d.msg, msg);
		fail();
	}
}

static void
expr_compile__every_error_message(void **state)
{
	(void)state;
	assert_error("(x > 1", "expression:1:7: expected ')'");
	assert_error("x >", "expression:1:4: expected a value, not end of expression");
	assert_error("x 1", "expression:1:3: unexpected number");
	assert_error("x\n  > @", "expression:2:5: unexpected character '@'");
	assert_error("\"abc", "expression:1:1: unterminated string");
	assert_error("\"a\\q\"", "expression:1:3: unknown escape \\q");
	assert_error("${x", "expression:1:1: '${' without '}'");
	assert_error("$ x", "expression:1:1: expected a column name after '$'");
	assert_error("$9", "expression:1:1: no column $9: there are 7");
	assert_error("Sepal.Lenght + 1", "expression:1:1: unknown column "
	    "\"Sepal.Lenght\"; did you mean \"Sepal.Length\"? (columns: x, y, "
	    "n, s, d, Sepal.Length, two words)");
	assert_error("zzzzzz", "expression:1:1: unknown column \"zzzzzz\" "
	    "(columns: x, y, n, s, d, Sepal.Length, two words)");
	assert_error("sqr(x)", "expression:1:1: unknown function \"sqr\"; "
	    "the functions are: abs, case_when, ceil, coalesce, concat, "
	    "contains, date, datetime, day, endswith, exp, expm1, floor, "
	    "format_date, hour, if_else, is_na, len, log, log10, log1p, log2, "
	    "lower, matches, max, min, month, num, pmax, pmin, pow, replace, "
	    "round, sign, split_part, sqrt, startswith, str, substr, trim, "
	    "trunc, upper, weekday, year");
	assert_error("sqrt(x, 2)", "expression:1:1: sqrt() takes 1 argument, not 2");
	assert_error("round()", "expression:1:1: round() takes 1 to 2 arguments, not 0");
	assert_error("concat()", "expression:1:1: concat() takes 1 or more arguments, not 0");
	assert_error("if_else(true, 1)", "expression:1:1: if_else() takes 3 or more arguments, not 2");
	assert_error("case_when(true, 1, false, 2)", "expression:1:1: case_when() takes pairs of a condition and"
	    " a value, then a default");
	assert_error("\"a\" + 1", "expression:1:1: '+' needs a number, not a string");
	assert_error("x == \"a\" == \"b\"", "expression:1:10: cannot compare a boolean with a string");
	assert_error("1 < \"a\"", "expression:1:3: cannot compare a number with a string");
	assert_error("!\"a\"", "expression:1:2: '!' needs true or false, not a string");
	assert_error("true ? 1 : \"a\"", "expression:1:12: a number and a string do not mix");
	assert_error("x in (y)", "expression:1:7: 'in' takes a list of literals");
	assert_error("x in (1, \"a\")", "expression:1:10: a number and a string do not mix");
	assert_error("1 in (\"a\")", "expression:1:3: cannot compare a number with a string");
	assert_error("matches(s, d)", "expression:1:12: matches(): the pattern must be a string"
	    " literal");
	assert_error("matches(s, \"(\")", "expression:1:12: bad regular expression: Unmatched ( or \\(");
	assert_error("lag(x)", "expression:1:1: lag() is a window function: only mutate has"
	    " them");
	assert_error("1e999", "expression:1:1: number out of range");
}

static void
expr_compile__filter_wants_true_or_false(void **state)
{
	struct expr_env env;
	struct expr *e;
	struct diag d;

	(void)state;
	env_init(&env);
	env.boolean = 1;
	assert_int_equal(expr_compile("x + 1", "expression", 0, &env, &e,
	    NULL, &d), -1);
	assert_string_equal(d.msg, "expression:1:3: the expression is a number, not true or"
	    " false");
	assert_int_equal(d.status, STATUS_USAGE);
}

static void
expr_compile__assignment(void **state)
{
	struct expr_env env;
	struct expr *e;
	struct diag d;
	char *target;

	(void)state;
	env_init(&env);
	env.window = 1;
	assert_int_equal(expr_compile(" z = x * 2", "expression", 1, &env, &e,
	    &target, &d), 0);
	assert_string_equal(target, "z");
	free(target);
	expr_free(e);
	assert_int_equal(expr_compile("${new col} = 1", "expression", 1, &env,
	    &e, &target, &d), 0);
	assert_string_equal(target, "new col");
	free(target);
	expr_free(e);
	assert_int_equal(expr_compile("z == 1", "expression", 1, &env, &e,
	    &target, &d), -1);
	assert_string_equal(d.msg, "expression:1:3: expected '='");
	assert_null(target);
	assert_int_equal(expr_compile("lag(x, 0)", "expression", 0, &env, &e,
	    NULL, &d), -1);
	assert_string_equal(d.msg, "expression:1:1: lag(): the offset must be a whole number"
	    " from 1 to 1000000");
	assert_int_equal(expr_compile("ntile(x)", "expression", 0, &env, &e,
	    NULL, &d), -1);
	assert_string_equal(d.msg, "expression:1:1: ntile() takes 2 arguments, not 1");
	assert_int_equal(expr_compile("1 + rank(lead(x))", "expression", 0,
	    &env, &e, NULL, &d), -1);
	assert_string_equal(d.msg, "expression:1:5: the argument of a function of whole groups"
	    " (lead, rank, dense_rank, ntile) cannot depend on another"
	    " one");
}

/* Runtime errors name the column; the caller adds file and line. */
static void
expr_eval__bad_values_name_their_column(void **state)
{
	struct expr_val v;
	struct diag d;
	char s[64];

	(void)state;
	assert_int_equal(run("s * 2", &v, s, sizeof(s), &d), -1);
	assert_string_equal(d.msg, "\"  Mixed Case \" is not a number");
	assert_string_equal(d.column, "s");
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(run("s == y", &v, s, sizeof(s), &d), -1);
	assert_string_equal(d.msg, "cannot compare the string \"  Mixed Case "
	    "\" with a number");
	assert_string_equal(d.column, "s");
	assert_int_equal(run("s && true", &v, s, sizeof(s), &d), -1);
	assert_string_equal(d.msg, "\"  Mixed Case \" is not true or false");
	assert_string_equal(d.column, "s");
	/* short circuits: the right side is not evaluated */
	assert_int_equal(run("false && s > 1", &v, s, sizeof(s), &d), 0);
	assert_true(v.t == EXPR_BOOL && v.x == 0);
}

/* The window functions over two interleaved groups, with an NA, as R
 * computes them (ave() by group). */
static void
expr_eval__window_functions_by_group(void **state)
{
	static const char *xs[] = { "1", "10", "3", "NA", "1", "30", "5",
	    "10", "3" };
	static const size_t grp[] = { 0, 1, 0, 1, 0, 1, 0, 1, 0 };
	static const struct {
		const char *text;
		double want[9];	/* NAN for NA */
	} w[] = {
#include "fixtures/window.inc"
	};
	struct expr_env env;
	struct frame_row row;
	char *f[NCOLS];
	uint32_t len[NCOLS];
	struct expr_val v;
	struct expr *e;
	struct diag d;
	size_t i, r, pass;

	(void)state;
	env_init(&env);
	env.window = 1;
	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		assert_int_equal(expr_compile(w[i].text, "expression", 0, &env,
		    &e, NULL, &d), 0);
		assert_true(expr_has_window(e));
		/* lead, rank, dense_rank, ntile: a first pass, then the
		 * values */
		for (pass = !expr_deferred(e); pass < 2; pass++)
		for (r = 0; r < 9; r++) {
			row_init(&row, len);
			memcpy(f, fields, sizeof(f));
			f[0] = (char *)xs[r];
			len[0] = (uint32_t)strlen(xs[r]);
			row.field = f;
			assert_int_equal(expr_eval(e, &row, NULL, grp[r], &v,
			    &d), 0);
			if (r == 8 && pass == 0)
				expr_replay(e);
			if (pass == 0)
				continue;
			if (isnan(w[i].want[r]) ? v.t != EXPR_NA :
			    v.t != EXPR_NUM || fabs(v.x - w[i].want[r]) >
			    1e-15 * fabs(w[i].want[r])) {
				print_error("%s row %zu: type %d %.17g, want "
				    "%.17g\n", w[i].text, r + 1, v.t, v.x,
				    w[i].want[r]);
				fail();
			}
		}
		expr_free(e);
	}
}

static int
setup(void **state)
{
	(void)state;
	num_na_init(&na, NULL);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	num_na_release(&na);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(expr_eval__every_operator_and_function_as_r),
		cmocka_unit_test(expr_compile__columns_variables_and_names),
		cmocka_unit_test(expr_compile__precedence_and_associativity),
		cmocka_unit_test(expr_compile__every_error_message),
		cmocka_unit_test(expr_compile__filter_wants_true_or_false),
		cmocka_unit_test(expr_compile__assignment),
		cmocka_unit_test(expr_eval__bad_values_name_their_column),
		cmocka_unit_test(expr_eval__window_functions_by_group),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
