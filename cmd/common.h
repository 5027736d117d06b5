/*
 * common: what every subcommand shares: the input and output options, the
 * statistical options that mean one thing in every command (parsed once,
 * here), dying with the contract's message and status, writing the result.
 *
 * The one scheme of names (statpipe(1), OPTIONS SHARED BY THE TESTS):
 *   -c COLS		the columns a command works on (responses)
 *   -g, --group COL	the factor whose groups are compared (anova,
 *			ttest, ranktest, ztest, kstest); old spelling
 *			--factors (anova)
 *   --by KEYS		strata: the command runs once per group of the keys
 *			(describe, groupby, normtest, anova, ttest, ...);
 *			old spellings --each, and groupby's -k/--keys
 *   --levels a,b	which two levels of the -g factor, in this order
 *   --sort		strata in the order of their keys, not as they come
 *   --conf-level P, --alternative ALT, --seed N, --no-correction
 *			(old spelling --no-correct), --p-adjust METHOD
 *
 * A command lists the shared options it takes with the COMMON_OPT_*
 * entries; common_option() parses them into struct common; a command reads
 * com.conf_level, com.alt ... and asks common_given() what was given.
 *
 * Failing: die_usage(&com, fmt, ...) for an option (or operand) that is
 * wrong by itself, before any input is read; common_die(&com, &d) for
 * everything after, above all what lib/ reports (usage errors, status 2,
 * are followed by one hint line, "Try 'statpipe CMD --help'.").
 */
#ifndef COMMON_H
#define COMMON_H

#include <getopt.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"
#include "frame/strata.h"
#include "stats/alt.h"

struct out_table;
struct rows_out;

enum {
	OPT_DECIMAL_COMMA = 256, OPT_DIGITS, OPT_FORMAT, OPT_NA, OPT_NAMES,
	OPT_NO_HEADER,
	OPT_PROGRESS, OPT_SHARD, OPT_THREADS, OPT_TSV,
	/* the shared statistical options (COMMON_OPT_* below) */
	COPT_ALTERNATIVE, COPT_BY, COPT_CONF_LEVEL, COPT_GROUP, COPT_LEVELS,
	COPT_NO_CORRECTION, COPT_P_ADJUST, COPT_SEED, COPT_SORT,
	COPT_PARTIAL, COPT_SKETCH_SIZE, COPT_PART_INDEX, COPT_CV, COPT_SAVE_MODEL,
	OPT_CMD			/* first code free for a command's options */
};

#define COMMON_SHORTOPTS	"d:hqW"
/* clang-format off */
#define COMMON_LONGOPTS							\
	{ "decimal-comma", no_argument,		NULL,	OPT_DECIMAL_COMMA }, \
	{ "delimiter",	required_argument,	NULL,	'd' },		\
	{ "digits",	required_argument,	NULL,	OPT_DIGITS },	\
	{ "format",	required_argument,	NULL,	OPT_FORMAT },	\
	{ "help",	no_argument,		NULL,	'h' },		\
	{ "na",		required_argument,	NULL,	OPT_NA },	\
	{ "names",	required_argument,	NULL,	OPT_NAMES },	\
	{ "no-header",	no_argument,		NULL,	OPT_NO_HEADER },\
	{ "progress",	no_argument,		NULL,	OPT_PROGRESS },	\
	{ "quiet",	no_argument,		NULL,	'q' },		\
	{ "shard",	required_argument,	NULL,	OPT_SHARD },	\
	{ "threads",	required_argument,	NULL,	OPT_THREADS },	\
	{ "tsv",	no_argument,		NULL,	OPT_TSV },	\
	{ "whitespace",	no_argument,		NULL,	'W' }
/* clang-format on */

/*
 * The shared statistical options, each an entry (or two: an old spelling)
 * of a command's longopts.  -g is COPT_GROUP's short form: a command that
 * takes it puts "g:" in its short options.
 */
/* clang-format off */
#define COMMON_OPT_ALTERNATIVE						\
	{ "alternative", required_argument,	NULL,	COPT_ALTERNATIVE }
#define COMMON_OPT_BY							\
	{ "by",		required_argument,	NULL,	COPT_BY },	\
	COMMON_OPT_STRATA
/* strata where --by is the compared factor (the two-group tests) */
#define COMMON_OPT_STRATA						\
	{ "each",	required_argument,	NULL,	COPT_BY },	\
	{ "strata",	required_argument,	NULL,	COPT_BY }
#define COMMON_OPT_CONF_LEVEL						\
	{ "conf-level",	required_argument,	NULL,	COPT_CONF_LEVEL }
#define COMMON_OPT_GROUP						\
	{ "group",	required_argument,	NULL,	COPT_GROUP }
/*
 * The two-group tests (ttest, ztest, ranktest, kstest) keep DESIGN.md's
 * `-c x --by g` for the compared factor: there --by is -g, and strata are
 * --strata (or --each).
 */
#define COMMON_OPT_GROUP_BY						\
	COMMON_OPT_GROUP,						\
	{ "by",		required_argument,	NULL,	COPT_GROUP }
#define COMMON_OPT_LEVELS						\
	{ "levels",	required_argument,	NULL,	COPT_LEVELS }
#define COMMON_OPT_NO_CORRECTION					\
	{ "no-correction", no_argument,		NULL,	COPT_NO_CORRECTION }, \
	{ "no-correct",	no_argument,		NULL,	COPT_NO_CORRECTION }
#define COMMON_OPT_P_ADJUST						\
	{ "p-adjust",	required_argument,	NULL,	COPT_P_ADJUST }
#define COMMON_OPT_SEED							\
	{ "seed",	required_argument,	NULL,	COPT_SEED }
#define COMMON_OPT_SORT							\
	{ "sort",	no_argument,		NULL,	COPT_SORT }
/*
 * The learners' options: --cv K, the folds of a cross-validation (com.cv,
 * 0 until given; K from com.cv_min to com.cv_max, 2 to 1000000 unless the
 * command sets them before parsing), and --save-model FILE
 * (com.save_model).
 */
#define COMMON_OPT_CV							\
	{ "cv",		required_argument,	NULL,	COPT_CV }
#define COMMON_OPT_SAVE_MODEL						\
	{ "save-model",	required_argument,	NULL,	COPT_SAVE_MODEL }
/* the three a learner takes */
#define COMMON_OPT_LEARN						\
	COMMON_OPT_CV,							\
	COMMON_OPT_SAVE_MODEL,						\
	COMMON_OPT_SEED
/*
 * --partial: the mergeable state instead of the result (statpipe-merge(1));
 * --sketch-size: its quantile sketch's compression; --part-index: the
 * chunk's place in the input (first and last).
 */
#define COMMON_OPT_PARTIAL						\
	{ "partial",	no_argument,		NULL,	COPT_PARTIAL },	\
	{ "sketch-size", required_argument,	NULL,	COPT_SKETCH_SIZE }, \
	{ "part-index",	required_argument,	NULL,	COPT_PART_INDEX }
/* clang-format on */

#define COMMON_USAGE \
    "       common: [-q] [-d c | --tsv] [--no-header] [--na list] [--progress]\n" \
    "               [--threads n]\n" \
    "               [--format csv|tsv|table|json|markdown|xtab] [--digits n]\n"

struct common {
	struct frame_opts	in;
	struct out_opts		out;
	const char		*usage;		/* the command's usage text */
	const char *const	*keep;		/* column lists to store, or NULL */
	size_t			 nkeep;
	const char		*keep_formula;	/* its columns are stored too */

	/* the shared statistical options, R's defaults until given */
	double			 conf_level;	/* --conf-level, 0.95 */
	enum alt		 alt;		/* --alternative, two-sided */
	int			 one_sided;	/* set before parsing: --alternative
						   is two-sided or one-sided (as
						   R's power functions), not less
						   or greater */
	const char		*group;		/* -g, --group COL */
	const char		*by;		/* --by KEYS */
	const char		*levels;	/* --levels a,b */
	const char		*p_adjust;	/* --p-adjust METHOD, as given */
	int			 sort;		/* --sort */
	int			 partial;	/* --partial: a state is written */
	double			 sketch;	/* --sketch-size, 0: the default */
	long			 part_index;	/* --part-index N */
	int			 correct;	/* 1; 0 after --no-correction */
	unsigned long		 seed;		/* --seed, 0 .. 2^32 - 1 */
	size_t			 cv;		/* --cv K, 0 */
	long			 cv_min, cv_max; /* its range */
	const char		*save_model;	/* --save-model FILE, NULL */
	unsigned		 given;		/* see common_given() */

	struct frame		*frame;		/* what common_read() read: still
						   reachable when a command dies */
	/* common_keep_own()'s */
	int			(*keep_own)(void *, char *const *, size_t,
				    unsigned char *, struct diag *);
	void			*keep_own_arg;
};

void	common_init(struct common *, const char *usage);
/*
 * Handle a shared option (input, output or statistical); 1 if it was one,
 * 0 if not.  Exits on -h and on a bad value (die_usage).
 */
int	common_option(struct common *, int ch, const char *arg);
/*
 * The text of `statpipe name --help` after the usage, made from the
 * command's manual page when the program is built (scripts/gen-help.sh),
 * or NULL.
 */
const char *help_text(const char *name);
/* -h, --help: print the usage and help_text() on stdout; exit 0. */
void	common_help(const struct common *) __attribute__((noreturn));
/* Whether the shared option COPT_* (or 'g') was given. */
int	common_given(const struct common *, int copt);

/*
 * The one way a command fails after its options are read: print
 * "statpipe CMD: FILE:LINE: column "C": msg" and exit d->status; a usage
 * error (STATUS_USAGE) is followed by "Try 'statpipe CMD --help'.".
 */
void	common_die(const struct common *, const struct diag *)
	    __attribute__((noreturn));
/*
 * The same without the usage.  Deprecated: every command but plot calls
 * common_die(); it goes when cmd/plot.c moves too.
 */
void	die(const struct diag *) __attribute__((noreturn));
/* The integer value of option --name from lo to hi, or a usage error. */
/*
 * Whether an argument starts with opt: a command that hands its arguments
 * to another by an option (regress --solver, --penalty).
 */
int	common_argv_has(int argc, char **argv, const char *opt);
long	common_int_arg(const struct common *, const char *name,
	    const char *arg, long lo, long hi);
/*
 * A bad option or operand, found before any input is read: print the
 * complaint (if any) and "Try 'statpipe CMD --help'."; exit 2.
 */
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
 * A learner's operands: the formula first (else a usage error), then the
 * files, read keeping only the formula's columns; *formula is argv[0].
 */
struct frame *common_read_model(struct common *, int argc, char **argv,
	    const char **formula);
/*
 * Make opts[] getopt_long options, each with an argument and val, of the
 * n names (a command's parameters named by lib/, such as dist's); returns
 * n.
 */
size_t	common_name_options(struct option *opts, const char *const *names,
	    size_t n, int val);
/*
 * The columns the reader keeps are those keep (a frame_opts.keep, with
 * arg) says, and --by's.
 */
void	common_keep_own(struct common *, int (*keep)(void *, char *const *,
	    size_t, unsigned char *, struct diag *), void *arg);
/*
 * Read the input files as one table, or die; c->frame keeps it reachable
 * (no leak reported) should the command die later.
 */
struct frame *common_read(struct common *, int argc, char **argv);
/* The columns a test names: -c's, -g's and --by's. */
struct common_sel {
	size_t		*col, ncol;	/* -c COLS */
	size_t		*group, ngroup;	/* -g COL: NULL, 0 if not given */
	size_t		*by, nby;	/* --by KEYS: NULL, 0 if not given */
	const char	*lists[3];	/* what the reader keeps */
};
/*
 * Read the input keeping only the columns of cols, -g and --by, and
 * resolve the three lists into s (or die); common_sel_free() after.
 */
struct frame *common_read_sel(struct common *, int argc, char **argv,
	    const char *cols, struct common_sel *s);
void	common_sel_free(struct common_sel *);
/*
 * The command's front door fn over *f, or with --by once per stratum of
 * the keys (lib/frame/strata: the keys first, then fn's columns); the
 * table in *t, or die.  fn may free *f and set it to NULL.  The reader
 * keeps --by's columns with common_keep(), common_keep_own() or no keep.
 */
void	common_strata(struct common *, struct frame **f, strata_fn *fn,
	    void *arg, struct out_table **t);
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
/*
 * The end of a command whose run returned rc (0, or -1 with d filled)
 * after writing rows through w or making the table t (either may be
 * NULL): flush and free w and write t, or die with d.
 */
void	common_end(const struct common *, struct rows_out *w,
	    struct out_table *t, int rc, struct diag *d);
/* Write the result table to stdout and free it. */
void	common_write(const struct common *, struct out_table *);
/*
 * common_write() with p_adj after p_value when --p-adjust was given: the
 * family is every p-value of the table (lib/stats/padjust_table).
 */
void	common_write_adjusted(const struct common *, struct out_table *);
/*
 * The delimiter of rows passed through (select, filter ...): the input's,
 * or a tab with --format tsv; another --format is a usage error.
 */
unsigned char common_rows_delim(const struct common *);

#endif
