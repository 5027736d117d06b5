/* fuzz_expr: the expression language: compile the input (as filter's
 * expression, then as a mutate assignment with window functions) against
 * a fixed header and evaluate it on a few rows, groups and NAs among them. */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "expr/expr.h"
#include "fuzz.h"

static char *names[] = { "x", "y", "s", "Sepal.Length", "two words" };
static char *rows[][5] = {
	{ "2.5", "-3", "a,b", "007", "true" },
	{ "NA", "0", "", "1e3", "false" },
	{ "-0", "inf", "Mixed Case", "x", "" },
	{ "1e308", "1e-320", "2024-03-15", "5", "TRUE" },
};

static void
run(const char *text, int assign, const struct num_na *na)
{
	static const struct expr_var vars[] = { { "lim", "2" },
	    { "who", "a" } };
	struct expr_env env;
	struct frame_row row;
	uint32_t len[5];
	struct expr_val v;
	struct expr *e;
	struct diag d;
	char *target;
	size_t r, j;

	memset(&env, 0, sizeof(env));
	env.names = names;
	env.ncols = 5;
	env.vars = vars;
	env.nvars = 2;
	env.na = na;
	env.window = assign;
	env.boolean = !assign;
	if (expr_compile(text, "expression", assign, &env, &e,
	    assign ? &target : NULL, &d) != 0)
		return;
	for (r = 0; r < 8; r++) {
		memset(&row, 0, sizeof(row));
		row.field = rows[r % 4];
		for (j = 0; j < 5; j++)
			len[j] = (uint32_t)strlen(rows[r % 4][j]);
		row.len = len;
		row.n = 5;
		if (expr_eval(e, &row, NULL, r % 3, &v, &d) == 0)
			(void)expr_truth(&v);
	}
	expr_free(e);
	if (assign)
		free(target);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct num_na na;
	static int init;
	char *s;

	fuzz_init();
	if (!init) {
		num_na_init(&na, NULL);
		init = 1;
	}
	s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	run(s, 0, &na);
	run(s, 1, &na);
	free(s);
	return 0;
}
