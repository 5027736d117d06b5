/*
 * common: what every subcommand shares: the input and output options,
 * dying with the contract's message and status, writing the result.
 */
#ifndef COMMON_H
#define COMMON_H

#include <getopt.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"

struct out_table;
struct rows_out;

enum {
	OPT_DIGITS = 256, OPT_FORMAT, OPT_NA, OPT_NO_HEADER, OPT_PROGRESS,
	OPT_THREADS, OPT_TSV,
	OPT_CMD			/* first code free for a command's options */
};

#define COMMON_SHORTOPTS	"d:hq"
/* clang-format off */
#define COMMON_LONGOPTS							\
	{ "delimiter",	required_argument,	NULL,	'd' },		\
	{ "digits",	required_argument,	NULL,	OPT_DIGITS },	\
	{ "format",	required_argument,	NULL,	OPT_FORMAT },	\
	{ "help",	no_argument,		NULL,	'h' },		\
	{ "na",		required_argument,	NULL,	OPT_NA },	\
	{ "no-header",	no_argument,		NULL,	OPT_NO_HEADER },\
	{ "progress",	no_argument,		NULL,	OPT_PROGRESS },	\
	{ "quiet",	no_argument,		NULL,	'q' },		\
	{ "threads",	required_argument,	NULL,	OPT_THREADS },	\
	{ "tsv",	no_argument,		NULL,	OPT_TSV }
/* clang-format on */

#define COMMON_USAGE \
    "       common: [-q] [-d c | --tsv] [--no-header] [--na list] [--progress]\n" \
    "               [--threads n]\n" \
    "               [--format csv|tsv|table|json|markdown] [--digits n]\n"

struct common {
	struct frame_opts	in;
	struct out_opts		out;
	const char		*usage;		/* the command's usage text */
	const char *const	*keep;		/* column lists to store, or NULL */
	size_t			 nkeep;
	const char		*keep_formula;	/* its columns are stored too */
};

void	common_init(struct common *, const char *usage);
/* Handle a shared option; 1 if it was one, 0 if not (exits on -h). */
int	common_option(struct common *, int ch, const char *arg);

/*
 * The one way a command fails after its options are read: print
 * "statpipe CMD: FILE:LINE: column "C": msg" and exit d->status; a usage
 * error (STATUS_USAGE) is followed by the command's usage.
 */
void	common_die(const struct common *, const struct diag *)
	    __attribute__((noreturn));
/* Print "statpipe CMD: FILE:LINE: column "C": msg" and exit d->status. */
void	die(const struct diag *) __attribute__((noreturn));
/* Print the complaint (if any) and the usage; exit 2. */
void	die_usage(const struct common *, const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 2, 3)));

/*
 * Store only the columns of these lists (NULL entries are skipped) when
 * reading: the rest cost no memory.  The lists must outlive the read.
 */
void	common_keep(struct common *, const char *const *lists, size_t n);
/* The same for the columns a model formula uses. */
void	common_keep_formula(struct common *, const char *formula);
/*
 * Make opts[] getopt_long options, each with an argument and val, of the
 * n names (a command's parameters named by lib/, such as dist's); returns
 * n.
 */
size_t	common_name_options(struct option *opts, const char *const *names,
	    size_t n, int val);
/* Read the input files as one table, or die. */
struct frame *common_read(const struct common *, int argc, char **argv);
/* Resolve a column list against the frame, or die (status 2). */
size_t	common_cols(const struct frame *, const char *spec, size_t **idx);
/* A writer of rows to stdout for a verb that passes rows through: the
 * input's delimiter, --digits for the numbers it computes. */
struct rows_out *common_rows_out(const struct common *);
/*
 * After the verb's run returned rc (0 or -1 with d filled): flush and
 * free w, or die with d.
 */
void	common_rows_end(const struct common *, struct rows_out *w, int rc,
	    struct diag *d);
/* Write the result table to stdout and free it. */
void	common_write(const struct common *, struct out_table *);

#endif
