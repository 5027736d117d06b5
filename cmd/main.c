/* statpipe: the dispatcher. */
#include <errno.h>
#include <gsl/gsl_errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/diag.h"
#include "core/suggest.h"
#include "cmd.h"

#ifndef VERSION
#define VERSION "0.1"
#endif

/* clang-format off */
static const struct cmd {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*summary;	/* one line for `statpipe --help` */
} cmds[] = {
	{ "anova",	cmd_anova,	"one- and two-way analysis of variance" },
	{ "bin",	cmd_bin,	"the interval of each value, labelled as R's cut()" },
	{ "boot",	cmd_boot,	"bootstrap intervals of a statistic" },
	{ "chisq",	cmd_chisq,	"chi-square, G and Fisher tests on counts" },
	{ "corr",	cmd_corr,	"correlation tests: Pearson, Spearman, Kendall" },
	{ "describe",	cmd_describe,	"summary statistics per column" },
	{ "dist",	cmd_dist,	"densities, probabilities, quantiles, random draws" },
	{ "dropna",	cmd_dropna,	"rows with missing values left out" },
	{ "fill",	cmd_fill,	"missing values filled down, up or with a value" },
	{ "filter",	cmd_filter,	"keep the rows where an expression is true" },
	{ "fit",	cmd_fit,	"maximum-likelihood fits of distributions" },
	{ "folds",	cmd_folds,	"a fold number for each row, for cross-validation" },
	{ "forest",	cmd_forest,	"random forests for classes and numbers" },
	{ "freq",	cmd_freq,	"how often each value occurs" },
	{ "groupby",	cmd_groupby,	"aggregate columns by key" },
	{ "head",	cmd_head,	"the first rows, of the table or of each group" },
	{ "holdout",	cmd_holdout,	"rows into a training and a test set" },
	{ "join",	cmd_join,	"rows of two tables matched by keys" },
	{ "kmeans",	cmd_kmeans,	"k-means clustering: Hartigan-Wong, Lloyd, MacQueen" },
	{ "kstest",	cmd_kstest,	"Kolmogorov-Smirnov tests" },
	{ "longer",	cmd_longer,	"columns stacked into name and value rows" },
	{ "matrix",	cmd_matrix,	"matrix algebra: products, solve, inverse, eigen, SVD" },
	{ "metrics",	cmd_metrics,	"accuracy, AUC, RMSE ... of predictions against the truth" },
	{ "mutate",	cmd_mutate,	"add or replace columns computed by expressions" },
	{ "normtest",	cmd_normtest,	"tests of normality" },
	{ "padjust",	cmd_padjust,	"p-values adjusted for multiple comparisons" },
	{ "pairwise",	cmd_pairwise,	"every pair of groups compared, p-values adjusted" },
	{ "pca",	cmd_pca,	"principal component analysis" },
	{ "permtest",	cmd_permtest,	"two-sample permutation test" },
	{ "plot",	cmd_plot,	"draw a chart with gnuplot" },
	{ "power",	cmd_power,	"power and sample size of t, proportion, ANOVA tests" },
	{ "predict",	cmd_predict,	"predictions of a saved model (regress, tree, forest)" },
	{ "predict",	cmd_predict,	"predictions of a saved regression model" },
	{ "prop",	cmd_prop,	"exact binomial test and tests of proportions" },
	{ "ranktest",	cmd_ranktest,	"Wilcoxon rank-sum and signed-rank tests" },
	{ "regress",	cmd_regress,	"linear and logistic regression" },
	{ "rename",	cmd_rename,	"rename columns" },
	{ "sample",	cmd_sample,	"random rows, the same for the same seed" },
	{ "select",	cmd_select,	"keep or drop columns" },
	{ "sort",	cmd_sort,	"rows ordered by typed keys, stable" },
	{ "stack",	cmd_stack,	"tables one after the other, headers united" },
	{ "tail",	cmd_tail,	"the last rows, of the table or of each group" },
	{ "tree",	cmd_tree,	"classification and regression trees (CART, as rpart)" },
	{ "ttest",	cmd_ttest,	"one-, two-sample and paired t-tests" },
	{ "uniq",	cmd_uniq,	"distinct rows, or one row per distinct key" },
	{ "vartest",	cmd_vartest,	"F test comparing two variances" },
	{ "wider",	cmd_wider,	"a column per value of a names column" },
	{ "ztest",	cmd_ztest,	"z-tests with known standard deviations" },
};
/* clang-format on */

#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static void
list(FILE *fp)
{
	size_t i;

	fputs("usage: statpipe COMMAND [options] [file ...]\n"
	    "       statpipe help COMMAND | --help | --version\n\n"
	    "commands:\n", fp);
	for (i = 0; i < NCMDS; i++)
		fprintf(fp, "  %-12s %s\n", cmds[i].name, cmds[i].summary);
	fputs("\n'statpipe COMMAND --help' gives its options, "
	    "'statpipe help COMMAND' its manual.\n", fp);
}

static const struct cmd *
lookup(const char *name)
{
	size_t i;

	for (i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return &cmds[i];
	return NULL;
}

/*
 * Write errors on stdout (a full disk) are exit status 1; a closed pipe
 * stays quiet.
 */
static int
flushed(int rc, const char *prog)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			return rc;
		fprintf(stderr, "%s: write error on standard output: %s\n",
		    prog, strerror(errno));
		return STATUS_DATA;
	}
	return rc;
}

/*
 * man's output through a pipe and out by stdio, for man ignores its write
 * errors: the page from the file local, or page from the manual path.
 */
static int
man_copied(const char *local, const char *page)
{
	char buf[8192];
	ssize_t n;
	pid_t pid;
	int fd[2], st;

	if (pipe(fd) != 0 || (pid = fork()) < 0) {
		fprintf(stderr, "statpipe: cannot run man: %s\n",
		    strerror(errno));
		return STATUS_DATA;
	}
	if (pid == 0) {
		dup2(fd[1], STDOUT_FILENO);
		close(fd[0]);
		close(fd[1]);
		if (local != NULL)
			execlp("man", "man", "-l", local, (char *)NULL);
		else
			execlp("man", "man", page, (char *)NULL);
		fprintf(stderr, "statpipe: cannot run man: %s\n",
		    strerror(errno));
		_exit(STATUS_DATA);
	}
	close(fd[1]);
	while ((n = read(fd[0], buf, sizeof(buf))) > 0 || (n < 0 &&
	    errno == EINTR))
		if (n > 0 && fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
			break;
	close(fd[0]);
	while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	return flushed(WIFEXITED(st) ? WEXITSTATUS(st) : STATUS_DATA,
	    "statpipe");
}

/* "statpipe: 'descibe' is not a command; did you mean 'describe'?" */
static int
not_a_command(const char *name)
{
	const char *names[NCMDS], *near;
	size_t i;

	for (i = 0; i < NCMDS; i++)
		names[i] = cmds[i].name;
	near = suggest(name, strlen(name), names, NCMDS);
	if (near != NULL)
		fprintf(stderr, "statpipe: '%s' is not a command; did you mean "
		    "'%s'?\n", name, near);
	else
		fprintf(stderr, "statpipe: '%s' is not a command; see "
		    "'statpipe --help'\n", name);
	return STATUS_USAGE;
}

/* Whether prog is an executable file in a directory of $PATH. */
static int
on_path(const char *prog)
{
	const char *path = getenv("PATH"), *p, *end;
	char file[4096];

	for (p = path; p != NULL && *p != '\0'; p = *end ? end + 1 : end) {
		end = strchrnul(p, ':');
		snprintf(file, sizeof(file), "%.*s/%s", (int)(end - p), p, prog);
		if (end > p && access(file, X_OK) == 0)
			return 1;
	}
	return 0;
}

/*
 * The manual page's file: in the source tree we are run in, or beside the
 * executable (a build run from elsewhere, or an install under a prefix);
 * 0 if none, and man searches its own path.
 */
static int
find_page(const char *page, char *file, size_t size)
{
	static const char *const beside[] = { "man", "../share/man/man1" };
	char exe[2048];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	size_t i;

	snprintf(file, size, "man/%s.1", page);
	if (access(file, R_OK) == 0)
		return 1;
	exe[n > 0 ? n : 0] = '\0';
	if (strrchr(exe, '/') == NULL)
		return 0;
	*strrchr(exe, '/') = '\0';
	for (i = 0; i < sizeof(beside) / sizeof(beside[0]); i++) {
		snprintf(file, size, "%s/%s/%s.1", exe, beside[i], page);
		if (access(file, R_OK) == 0)
			return 1;
	}
	return 0;
}

/* Run command c with its arguments, named "statpipe c" in messages. */
static int
run(const struct cmd *c, int argc, char **argv)
{
	static char progname[64];

	snprintf(progname, sizeof(progname), "statpipe %s", c->name);
	diag_progname = progname;
	gsl_set_error_handler_off();
	argv[0] = progname;	/* getopt messages name the command */
	return flushed(c->fn(argc, argv), progname);
}

/*
 * `statpipe help CMD`: the manual, from the source tree or beside the
 * executable if there; without man, the command's --help.
 */
static int
help(const char *name)
{
	const struct cmd *c = lookup(name);
	char page[256], file[4096], opt[] = "--help", *argv[] = { NULL, opt,
	    NULL };
	int found;

	if (c == NULL && strcmp(name, "statpipe") != 0)
		return not_a_command(name);
	if (!on_path("man")) {
		if (c != NULL)
			return run(c, 2, argv);
		list(stdout);
		return flushed(STATUS_OK, "statpipe");
	}
	snprintf(page, sizeof(page), c == NULL ? "%s" : "statpipe-%s", name);
	found = find_page(page, file, sizeof(file));
	if (!isatty(STDOUT_FILENO))
		return man_copied(found ? file : NULL, page);
	if (found)
		execlp("man", "man", "-l", file, (char *)NULL);
	else
		execlp("man", "man", page, (char *)NULL);
	fprintf(stderr, "statpipe: cannot run man: %s\n", strerror(errno));
	return STATUS_DATA;
}

int
main(int argc, char **argv)
{
	const struct cmd *c;

	if (argc < 2) {
		list(stderr);
		return STATUS_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		list(stdout);
		return flushed(STATUS_OK, "statpipe");
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("statpipe %s\n", VERSION);
		return flushed(STATUS_OK, "statpipe");
	}
	if (strcmp(argv[1], "help") == 0) {
		if (argc < 3) {
			list(stdout);
			return flushed(STATUS_OK, "statpipe");
		}
		return help(argv[2]);
	}
	if ((c = lookup(argv[1])) == NULL)
		return not_a_command(argv[1]);
	return run(c, argc - 1, argv + 1);
}
