/*
 * state: the text format of mergeable states (--partial), shared by the
 * aggregation engine (describe, groupby) and the tests (corr ...).
 *
 * A state is CSV or TSV without a header, one record per part:
 *
 *   KEY..., "statpipe-state/2", SIGNATURE, PART, 16 fields
 *
 * The first record (empty keys, PART "sig") and the last (PART "end",
 * field 6 its count of records before it) carry the signature whole:
 * the command and what it was asked; the others carry its fingerprint.
 * Numbers are hex floats, exact.
 */
#ifndef STATE_H
#define STATE_H

#include <stddef.h>

struct out_table;
struct diag;

#define STATE_TAG	"statpipe-state/2"
#define STATE_NFIELDS	19	/* the fields after the keys */
#define STATE_FPLEN	18	/* a fingerprint's "#" 16 digits, NUL */

/* A growing string. */
struct state_text {
	char	*p;
	size_t	 len, cap;
};

void	state_text_put(struct state_text *, const char *, size_t);
void	state_text_fmt(struct state_text *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* A name in a signature: %XX for the bytes ",;% =" and controls. */
void	state_text_name(struct state_text *, const char *);
/* Undo state_text_name() in place. */
void	state_undo_name(char *);
/* Split a names= list at commas and undo state_text_name(); appends to
 * *names (owned strings). */
void	state_split_names(char *, char ***names, size_t *n);

/* The signature's fingerprint: "#" and 16 hex digits of FNV-1a 64. */
void	state_fingerprint(const char *sig, char buf[STATE_FPLEN]);

/* A table with the key columns and the state's fields, and its first
 * record (the signature). */
struct out_table *state_new(char *const *keynames, size_t nkey,
	    const char *sig);
/* A new record with the tag, the fingerprint and part; its row. */
size_t	state_record(struct out_table *, size_t nkey, const char *fp,
	    const char *part);
/* The last record: the signature and the count of records. */
void	state_end(struct out_table *, size_t nkey, const char *sig);
/* Field k (0..15) of a record: a hex float, +0 as "0". */
void	state_put_num(struct out_table *, size_t row, size_t col, double);

/* A hex digit's value, or -1. */
int	state_hexval(char);
/* A number as state_put_num() writes it, or a small decimal integer,
 * exactly and fast; anything else by strtod(). */
double	state_read_num(const char *, char **end);

/* n fields of numbers (empty is 0) into v: 0, or -1 with d set. */
int	state_nums(char *const *f, size_t n, double *v, struct diag *);
/* The value of "key=" in a signature "cmd;key=value;...", its length in
 * *len; NULL if it has none. */
const char *state_sig_value(const char *sig, const char *key, size_t *len);
/* The same, a new string (names= undone by the caller), or NULL. */
char	*state_sig_dup(const char *sig, const char *key);

/* Count, mean and sum of squared deviations of a sample: the state of a
 * test of means, merged by the pairwise formula of Chan et al. */
struct state_mom {
	double	n, mean, m2;
};

/* As R's mean() and var() sum them (long double, the mean corrected). */
void	state_mom_of(const double *x, size_t n, struct state_mom *);
void	state_mom_merge(struct state_mom *a, const struct state_mom *b);
/* Fields n, mean, m2 of a record: 0, or -1 with d set. */
int	state_mom_read(char *const *f, struct state_mom *, struct diag *);
/* The same into a record from column col on. */
void	state_mom_put(struct out_table *, size_t row, size_t col,
	    const struct state_mom *);

/*
 * The merge of the states of a command other than describe and groupby
 * (which agg merges itself): the signature's first word is one of names.
 * open() makes the merge of a signature (NULL with d set if it is bad);
 * add() adds a record: its part and the 16 fields after; result() makes
 * the command's table, or with partial the merged state.
 */
struct state_ops {
	const char	*names[3];
	void	*(*open)(const char *sig, struct diag *);
	int	 (*add)(void *, const char *part, char *const *f,
		    struct diag *);
	int	 (*result)(void *, int partial, struct out_table **,
		    struct diag *);
	void	 (*close)(void *);
};

#endif
