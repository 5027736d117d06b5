/* json: the JSON writer and the parse tree with typed getters. */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/json.h"

/* ---- writing ---- */

void
json_writer_init(struct json_writer *w, FILE *fp)
{
	memset(w, 0, sizeof(*w));
	w->fp = fp;
}

/* The comma and the line break before a value or a key. */
static void
separate(struct json_writer *w)
{
	int lv = w->depth - 1, k;

	if (w->after_key) {
		w->after_key = 0;
		return;
	}
	if (lv < 0 || lv >= JSON_DEPTH_MAX)
		return;
	if (w->items[lv])
		putc(',', w->fp);
	if (w->flat[lv]) {
		if (w->items[lv])
			putc(' ', w->fp);
	} else {
		putc('\n', w->fp);
		for (k = 0; k < w->depth; k++)
			fputs("  ", w->fp);
	}
	w->items[lv] = 1;
}

void
json_open(struct json_writer *w, char open, int flat)
{
	separate(w);
	putc(open, w->fp);
	if (w->depth < JSON_DEPTH_MAX) {
		w->close[w->depth] = open == '{' ? '}' : ']';
		w->flat[w->depth] = flat || (w->depth > 0 &&
		    w->flat[w->depth - 1]);
		w->items[w->depth] = 0;
	}
	w->depth++;
}

void
json_close(struct json_writer *w)
{
	int k;

	if (w->depth == 0)
		return;
	w->depth--;
	if (w->depth >= JSON_DEPTH_MAX)
		return;
	if (w->items[w->depth] && !w->flat[w->depth]) {
		putc('\n', w->fp);
		for (k = 0; k < w->depth; k++)
			fputs("  ", w->fp);
	}
	putc(w->close[w->depth], w->fp);
}

/* The length of the valid UTF-8 sequence at s, or 0 if it is not one. */
static size_t
utf8_len(const unsigned char *s)
{
	size_t n, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates and beyond U+10FFFF */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

static void
put_string(FILE *fp, const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n;

	putc('"', fp);
	while (*s) {
		unsigned char ch = *s;

		if ((n = utf8_len(s)) == 0)
			fprintf(fp, "\\udc%02x", ch);	/* surrogateescape */
		else if (ch == '"' || ch == '\\')
			fprintf(fp, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", fp);
		else if (ch == '\t')
			fputs("\\t", fp);
		else if (ch == '\r')
			fputs("\\r", fp);
		else if (ch < 0x20)
			fprintf(fp, "\\u%04x", ch);
		else
			fwrite(s, 1, n, fp);
		s += n ? n : 1;
	}
	putc('"', fp);
}

void
json_key(struct json_writer *w, const char *key)
{
	separate(w);
	put_string(w->fp, key);
	fputs(": ", w->fp);
	w->after_key = 1;
}

void
json_str(struct json_writer *w, const char *s)
{
	separate(w);
	put_string(w->fp, s);
}

void
json_num(struct json_writer *w, double x, int digits)
{
	char buf[NUM_BUFSZ];

	separate(w);
	if (isnan(x))
		fputs("null", w->fp);
	else if (isinf(x))
		fputs(x > 0 ? "\"Infinity\"" : "\"-Infinity\"", w->fp);
	else {
		num_format(x, digits, buf);
		fputs(buf, w->fp);
	}
}

int
json_writer_end(struct json_writer *w)
{
	putc('\n', w->fp);
	return ferror(w->fp) ? -1 : 0;
}

/* ---- reading ---- */

struct parser {
	const char	*s;
	size_t		 len, pos, line;
	const char	*name;
	struct diag	*d;
	int		 failed;
};

static int
perr(struct parser *p, const char *what)
{
	if (!p->failed) {
		if (p->pos >= p->len)	/* whatever was expected */
			what = p->len == 0 ? "empty" : "the text ends early";
		diag_set(p->d, STATUS_DATA, "%s", what);
		diag_at(p->d, p->name, p->line, NULL);
	}
	p->failed = 1;
	return -1;
}

static int
peek(const struct parser *p)
{
	return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static void
skip_ws(struct parser *p)
{
	int c;

	while ((c = peek(p)) == ' ' || c == '\t' || c == '\n' || c == '\r') {
		if (c == '\n')
			p->line++;
		p->pos++;
	}
}

static int
hex4(struct parser *p, unsigned *u)
{
	int k, h;

	*u = 0;
	for (k = 0; k < 4; k++) {
		h = peek(p);
		if (h >= '0' && h <= '9')
			h -= '0';
		else if (h >= 'a' && h <= 'f')
			h -= 'a' - 10;
		else if (h >= 'A' && h <= 'F')
			h -= 'A' - 10;
		else
			return perr(p, "a \\u escape needs 4 hex digits");
		*u = *u * 16 + (unsigned)h;
		p->pos++;
	}
	return 0;
}

/* Code point u as UTF-8 at the end of *out. */
static void
put_utf8(char **out, size_t *n, size_t *cap, unsigned u)
{
	unsigned char b[4];
	size_t k = 0, i;

	if (u < 0x80)
		b[k++] = (unsigned char)u;
	else if (u < 0x800) {
		b[k++] = 0xc0 | u >> 6;
		b[k++] = 0x80 | (u & 63);
	} else if (u < 0x10000) {
		b[k++] = 0xe0 | u >> 12;
		b[k++] = 0x80 | (u >> 6 & 63);
		b[k++] = 0x80 | (u & 63);
	} else {
		b[k++] = 0xf0 | u >> 18;
		b[k++] = 0x80 | (u >> 12 & 63);
		b[k++] = 0x80 | (u >> 6 & 63);
		b[k++] = 0x80 | (u & 63);
	}
	*out = xgrow(*out, cap, *n + k + 1, 1);
	for (i = 0; i < k; i++)
		(*out)[(*n)++] = (char)b[i];
}

static char *
parse_string(struct parser *p)
{
	char *out = NULL;
	size_t n = 0, cap = 0;
	unsigned u, lo;
	int c;

	p->pos++;	/* the opening quote */
	for (;;) {
		size_t run = p->pos;

		/* a run of plain bytes in one copy (a forest's trees are
		 * strings of megabytes) */
		while (run < p->len && p->s[run] != '"' && p->s[run] != '\\' &&
		    (unsigned char)p->s[run] >= 0x20)
			run++;
		if (run > p->pos) {
			out = xgrow(out, &cap, n + (run - p->pos) + 1, 1);
			memcpy(out + n, p->s + p->pos, run - p->pos);
			n += run - p->pos;
			p->pos = run;
		}
		if ((c = peek(p)) < 0) {
			perr(p, "a string does not end");
			break;
		}
		p->pos++;
		if (c == '"')
			break;
		if (c < 0x20) {
			perr(p, "a control character in a string");
			break;
		}
		if (c != '\\') {
			out = xgrow(out, &cap, n + 2, 1);
			out[n++] = (char)c;
			continue;
		}
		c = peek(p);
		p->pos++;
		switch (c) {
		case '"': case '\\': case '/':
			u = (unsigned)c;
			break;
		case 'b': u = '\b'; break;
		case 'f': u = '\f'; break;
		case 'n': u = '\n'; break;
		case 'r': u = '\r'; break;
		case 't': u = '\t'; break;
		case 'u':
			if (hex4(p, &u) != 0)
				goto fail;
			if (u >= 0xdc80 && u <= 0xdcff) {	/* a raw byte */
				out = xgrow(out, &cap, n + 2, 1);
				out[n++] = (char)(u & 0xff);
				continue;
			}
			if (u >= 0xd800 && u <= 0xdbff && peek(p) == '\\' &&
			    p->pos + 1 < p->len && p->s[p->pos + 1] == 'u') {
				p->pos += 2;
				if (hex4(p, &lo) != 0)
					goto fail;
				if (lo < 0xdc00 || lo > 0xdfff) {
					perr(p, "a lone surrogate in a string");
					goto fail;
				}
				u = 0x10000 + ((u - 0xd800) << 10) +
				    (lo - 0xdc00);
			} else if (u >= 0xd800 && u <= 0xdfff) {
				perr(p, "a lone surrogate in a string");
				goto fail;
			}
			if (u == 0) {
				perr(p, "\\u0000 in a string");
				goto fail;
			}
			break;
		default:
			perr(p, "a bad escape in a string");
			goto fail;
		}
		put_utf8(&out, &n, &cap, u);
	}
fail:
	out = xgrow(out, &cap, n + 1, 1);
	out[n] = '\0';
	return out;
}

/* JSON's number grammar, then the C library's conversion. */
static int
parse_number(struct parser *p, double *x)
{
	size_t start = p->pos;
	int c;

	if (peek(p) == '-')
		p->pos++;
	if (peek(p) == '0')
		p->pos++;
	else if ((c = peek(p)) >= '1' && c <= '9')
		while ((c = peek(p)) >= '0' && c <= '9')
			p->pos++;
	else
		return perr(p, "not a JSON value");
	if (peek(p) == '.') {
		p->pos++;
		if (!((c = peek(p)) >= '0' && c <= '9'))
			return perr(p, "a number needs digits after its point");
		while ((c = peek(p)) >= '0' && c <= '9')
			p->pos++;
	}
	if ((c = peek(p)) == 'e' || c == 'E') {
		p->pos++;
		if ((c = peek(p)) == '+' || c == '-')
			p->pos++;
		if (!((c = peek(p)) >= '0' && c <= '9'))
			return perr(p, "a number needs digits in its exponent");
		while ((c = peek(p)) >= '0' && c <= '9')
			p->pos++;
	}
	if (num_parse(p->s + start, p->pos - start, x, NULL, NULL) != 0 ||
	    !isfinite(*x)) {
		p->pos = start;		/* not at the end: says what it is */
		return perr(p, "a number out of range");
	}
	return 0;
}

static int
literal(struct parser *p, const char *word)
{
	size_t k = strlen(word);

	if (p->len - p->pos < k || memcmp(p->s + p->pos, word, k) != 0)
		return perr(p, "not a JSON value");
	p->pos += k;
	return 0;
}

static void
parse_value(struct parser *p, struct json *v, int depth)
{
	size_t cap = 0;
	int c, obj;

	memset(v, 0, sizeof(*v));
	skip_ws(p);
	v->line = p->line;
	c = peek(p);
	if (c == '"') {
		v->type = JSON_STR;
		v->str = parse_string(p);
		return;
	}
	if (c == 'n') {
		literal(p, "null");
		return;
	}
	if (c == 't' || c == 'f') {
		v->type = JSON_BOOL;
		v->num = c == 't';
		literal(p, c == 't' ? "true" : "false");
		return;
	}
	if (c != '[' && c != '{') {
		v->type = JSON_NUM;
		parse_number(p, &v->num);
		return;
	}
	obj = c == '{';
	v->type = obj ? JSON_OBJ : JSON_ARR;
	if (depth >= JSON_DEPTH_MAX) {
		perr(p, "nested deeper than 64 levels");
		return;
	}
	p->pos++;
	skip_ws(p);
	if (peek(p) == (obj ? '}' : ']')) {
		p->pos++;
		return;
	}
	while (!p->failed) {
		char *key = NULL;

		if (obj) {
			skip_ws(p);
			if (peek(p) != '"') {
				perr(p, "an object's key is not a string");
				return;
			}
			key = parse_string(p);
			skip_ws(p);
			if (p->failed || peek(p) != ':') {
				free(key);
				perr(p, "a key without a colon");
				return;
			}
			p->pos++;
		}
		v->item = xgrow(v->item, &cap, v->n + 1, sizeof(*v->item));
		if (obj) {
			v->key = xrealloc(v->key, cap * sizeof(*v->key));
			v->key[v->n] = key;
		}
		parse_value(p, &v->item[v->n++], depth + 1);
		skip_ws(p);
		c = peek(p);
		p->pos++;
		if (c == ',')
			continue;
		if (c != (obj ? '}' : ']'))
			perr(p, obj ? "an object without a closing }" :
			    "an array without a closing ]");
		return;
	}
}

/* Items know their parent once the arrays no longer move. */
static void
link_items(struct json *v)
{
	size_t i;

	for (i = 0; i < v->n; i++) {
		v->item[i].parent = v;
		v->item[i].index = i;
		link_items(&v->item[i]);
	}
}

static void
release(struct json *v)
{
	size_t i;

	for (i = 0; i < v->n; i++) {
		release(&v->item[i]);
		if (v->key != NULL)
			free(v->key[i]);
	}
	free(v->item);
	free(v->key);
	free(v->str);
}

void
json_free(struct json *v)
{
	if (v == NULL)
		return;
	release(v);
	free(v->name);
	free(v);
}

int
json_parse(const char *text, size_t len, const char *name,
    struct json **rootp, struct diag *d)
{
	struct parser p = { text, len, 0, 1, name, d, 0 };
	struct json *v = xcalloc(1, sizeof(*v));

	*rootp = NULL;
	parse_value(&p, v, 0);
	skip_ws(&p);
	if (!p.failed && p.pos < p.len)
		perr(&p, "text after the JSON value");
	if (p.failed) {
		json_free(v);
		return -1;
	}
	link_items(v);
	v->name = xstrdup(name);
	*rootp = v;
	return 0;
}

int
json_parse_file(const char *path, struct json **rootp, struct diag *d)
{
	char *text = NULL;
	size_t len = 0, cap = 0, got;
	FILE *fp;
	int rc;

	*rootp = NULL;
	if ((fp = fopen(path, "r")) == NULL)
		return diag_set(d, STATUS_DATA, "%s: %s", path,
		    strerror(errno));
	do {
		text = xgrow(text, &cap, len + 65536, 1);
		got = fread(text + len, 1, cap - len, fp);
		len += got;
	} while (got > 0);
	if (ferror(fp)) {
		rc = diag_set(d, STATUS_DATA, "%s: %s", path, strerror(errno));
		fclose(fp);
		free(text);
		return rc;
	}
	fclose(fp);
	rc = json_parse(text, len, path, rootp, d);
	free(text);
	return rc;
}

/* ---- getters ---- */

/* The field's path ("levels.cyl[2]") at the end of buf[*n..size). */
static void
path_of(const struct json *v, char *buf, size_t size, size_t *n)
{
	const struct json *up = v->parent;

	if (up == NULL || *n >= size)
		return;
	path_of(up, buf, size, n);
	if (*n >= size)
		return;
	if (up->type == JSON_OBJ)
		*n += (size_t)snprintf(buf + *n, size - *n, "%s%s",
		    up->parent != NULL ? "." : "", up->key[v->index]);
	else
		*n += (size_t)snprintf(buf + *n, size - *n, "[%zu]",
		    v->index);
}

int
json_fail(const struct json *v, const char *key, struct diag *d,
    const char *fmt, ...)
{
	const struct json *root = v;
	char path[256], what[256];
	size_t n = 0;
	va_list ap;

	path[0] = '\0';
	path_of(v, path, sizeof(path), &n);
	if (key != NULL && n < sizeof(path))
		snprintf(path + n, sizeof(path) - n, "%s%s",
		    v->parent != NULL ? "." : "", key);
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	while (root->parent != NULL)
		root = root->parent;
	if (path[0] == '\0')	/* the document itself */
		diag_set(d, STATUS_DATA, "%s: %s", root->name != NULL ?
		    root->name : "JSON", what);
	else
		diag_set(d, STATUS_DATA, "%s: \"%s\": %s", root->name !=
		    NULL ? root->name : "JSON", path, what);
	return -1;
}

const struct json *
json_member(const struct json *v, const char *key)
{
	size_t i;

	if (v->type != JSON_OBJ)
		return NULL;
	for (i = 0; i < v->n; i++)
		if (strcmp(v->key[i], key) == 0)
			return &v->item[i];
	return NULL;
}

static const char *const type_name[] = { "null", "a boolean", "a number",
	"a string", "an array", "an object" };

const struct json *
json_get(const struct json *v, const char *key, enum json_type type,
    struct diag *d)
{
	const struct json *m = key != NULL ? json_member(v, key) : v;

	if (m == NULL) {
		json_fail(v, key, d, "missing");
		return NULL;
	}
	if (m->type != type) {
		json_fail(m, NULL, d, "not %s", type_name[type]);
		return NULL;
	}
	return m;
}

const char *
json_get_str(const struct json *v, const char *key, struct diag *d)
{
	const struct json *m = json_get(v, key, JSON_STR, d);

	return m != NULL ? m->str : NULL;
}

int
json_get_num(const struct json *v, const char *key, int null_ok, double *x,
    struct diag *d)
{
	const struct json *m = key != NULL ? json_member(v, key) : v;

	if (m == NULL)
		return json_fail(v, key, d, "missing");
	if (m->type == JSON_NUM)
		*x = m->num;
	else if (m->type == JSON_NULL && null_ok)
		*x = NAN;
	else if (m->type == JSON_STR && strcmp(m->str, "Infinity") == 0)
		*x = INFINITY;
	else if (m->type == JSON_STR && strcmp(m->str, "-Infinity") == 0)
		*x = -INFINITY;
	else
		return json_fail(m, NULL, d, "not a number");
	return 0;
}

const struct json *
json_get_arr(const struct json *v, const char *key, size_t n,
    struct diag *d)
{
	const struct json *m = json_get(v, key, JSON_ARR, d);

	if (m != NULL && n != SIZE_MAX && m->n != n) {
		json_fail(m, NULL, d, "%zu items, not %zu", m->n, n);
		return NULL;
	}
	return m;
}
