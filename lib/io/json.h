/*
 * json: the one JSON writer (--format json, model files) and a small
 * reader: a parse tree with typed getters whose errors name the field.
 *
 * Written JSON is valid UTF-8 always.  A byte that is not part of a valid
 * UTF-8 sequence is written as the escape \udcXX (a lone low surrogate,
 * as Python's "surrogateescape"): distinct byte strings stay distinct,
 * and the reader turns \udcXX back into the byte XX.  A number is written
 * in the shortest form that reads back the same (or to --digits digits),
 * -0 as -0; NaN (a missing value) is null, and the infinities are the
 * strings "Infinity" and "-Infinity", which the reader's number getter
 * accepts.
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>
#include <stdio.h>

struct diag;

/* Containers nest at most this deep, in what is written and read. */
#define JSON_DEPTH_MAX	64

/*
 * A writer: values go in order, and the writer puts the commas, the
 * colons and the layout (a container opened flat is on one line; other
 * containers have one item a line, indented by two spaces a level).
 */
struct json_writer {
	FILE		*fp;
	int		 depth;
	int		 after_key;		/* a value comes next */
	char		 close[JSON_DEPTH_MAX];	/* '}' or ']' by level */
	unsigned char	 flat[JSON_DEPTH_MAX];
	unsigned char	 items[JSON_DEPTH_MAX];	/* the level has an item */
};

void	json_writer_init(struct json_writer *, FILE *);
/* Open an object ('{') or an array ('['), flat or one item a line. */
void	json_open(struct json_writer *, char open, int flat);
void	json_close(struct json_writer *);
/* The key of the next value, in an object. */
void	json_key(struct json_writer *, const char *key);
void	json_str(struct json_writer *, const char *);
/* x to digits significant digits (0: shortest); NaN is null. */
void	json_num(struct json_writer *, double x, int digits);
/* End the document with a newline: 0, or -1 on a write error. */
int	json_writer_end(struct json_writer *);

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUM, JSON_STR, JSON_ARR,
	JSON_OBJ };

/* A value of a parsed document; the root owns everything below it. */
struct json {
	enum json_type	 type;
	double		 num;		/* JSON_NUM; JSON_BOOL: 0 or 1 */
	char		*str;		/* JSON_STR, NUL-terminated */
	size_t		 n;		/* items of an array or object */
	struct json	*item;		/* n values */
	char		**key;		/* JSON_OBJ: n keys */
	const struct json *parent;	/* NULL at the root */
	size_t		 index;		/* the item of parent that this is */
	size_t		 line;		/* where the value starts, from 1 */
	char		*name;		/* root: the document's name */
};

/*
 * Parse text[0..len) (strict JSON, nesting at most JSON_DEPTH_MAX deep,
 * no \u0000 in strings) into *rootp, named name in messages.  Errors are
 * STATUS_DATA, "NAME:LINE: what".
 */
int	json_parse(const char *text, size_t len, const char *name,
	    struct json **rootp, struct diag *);
/* Read and parse a whole file. */
int	json_parse_file(const char *path, struct json **rootp, struct diag *);
/* Accepts NULL. */
void	json_free(struct json *);

/*
 * Getters.  key NULL means v itself; otherwise v's member key.  On a
 * missing member or a wrong type they fail with a diag naming the field,
 * NAME: "estimates[3]": not a number, and return -1 or NULL.
 */
const struct json *json_member(const struct json *v, const char *key);
const struct json *json_get(const struct json *v, const char *key,
	    enum json_type, struct diag *);
const char *json_get_str(const struct json *v, const char *key,
	    struct diag *);
/* A number, "Infinity" or "-Infinity"; with null_ok, null is NaN. */
int	json_get_num(const struct json *v, const char *key, int null_ok,
	    double *x, struct diag *);
/* An array of exactly n items (n SIZE_MAX: any length). */
const struct json *json_get_arr(const struct json *v, const char *key,
	    size_t n, struct diag *);
/* Fail naming field key of v (v itself if key is NULL): returns -1. */
int	json_fail(const struct json *v, const char *key, struct diag *,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
