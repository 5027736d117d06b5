/*
 * diag: errors described once, and every message formatted here: data
 * quoted in a message has its control bytes escaped as git quotes paths
 * (\n, \t, \r, \x1b ...), so that one message is one line and cannot
 * carry terminal escapes, and a message too long for its buffer loses
 * the end of its longest quoted datum, not its reason.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"

const char *diag_progname = "statpipe";
void (*diag_warner)(const char *msg);

/*
 * Shorten text (len bytes) to fit in size - 1 bytes: the longest quoted
 * datum loses its end (marked "..."), else the text its end.
 */
static void
fit(char *text, size_t len, char *out, size_t size)
{
	size_t excess = len - (size - 1), best = 0, bestlen = 0, i, j, keep;

	for (i = 0; i < len; i = j + 1) {
		const char *q = memchr(text + i, '"', len - i), *e;

		if (q == NULL)
			break;
		j = (size_t)(q - text);
		if ((e = memchr(q + 1, '"', len - j - 1)) == NULL)
			e = text + len;	/* quoted to the end */
		if ((size_t)(e - q - 1) > bestlen) {
			best = j + 1;
			bestlen = (size_t)(e - q - 1);
		}
		j = (size_t)(e - text);
	}
	if (bestlen >= excess + 3 + 8) {
		keep = bestlen - excess - 3;
		while (keep > 0 && ((unsigned char)text[best + keep] & 0xc0) ==
		    0x80)
			keep--;		/* not in a UTF-8 sequence */
		snprintf(out, size, "%.*s...%s", (int)(best + keep), text,
		    text + best + bestlen);
	} else
		snprintf(out, size, "%s", text);
}

int
diag_set(struct diag *d, int status, const char *fmt, ...)
{
	va_list ap;
	char *text;
	int len;

	memset(d, 0, sizeof(*d));
	d->status = status;
	va_start(ap, fmt);
	len = vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	/* again, whole; without the memory, d->msg keeps its start (diag
	 * is below xalloc: xalloc's death message names diag_progname) */
	if (len >= (int)sizeof(d->msg) &&
	    (text = malloc((size_t)len + 1)) != NULL) {
		va_start(ap, fmt);
		vsnprintf(text, (size_t)len + 1, fmt, ap);
		va_end(ap);
		fit(text, (size_t)len, d->msg, sizeof(d->msg));
		free(text);
	}
	return -1;
}

/* s into buf[*n..size) with control bytes escaped, never half an escape. */
static void
put_escaped(char *buf, size_t size, size_t *n, const char *s)
{
	char e[8];

	for (; *s != '\0'; s++) {
		unsigned char c = *s;
		size_t k;

		if (c == '\n')
			strcpy(e, "\\n");
		else if (c == '\t')
			strcpy(e, "\\t");
		else if (c == '\r')
			strcpy(e, "\\r");
		else if (c < 0x20 || c == 0x7f)
			snprintf(e, sizeof(e), "\\x%02x", c);
		else {
			e[0] = (char)c;
			e[1] = '\0';
		}
		k = strlen(e);
		if (*n + k >= size)
			break;
		memcpy(buf + *n, e, k);
		*n += k;
	}
	buf[*n] = '\0';
}

int
diag_at(struct diag *d, const char *file, size_t line, const char *column)
{
	d->file = file;
	d->line = line;
	d->column = column;
	return -1;
}

void
diag_column(struct diag *d, const char *name)
{
	snprintf(d->colbuf, sizeof(d->colbuf), "%s", name);
	d->column = d->colbuf;
}

void
diag_format(const struct diag *d, char *buf, size_t size)
{
	char raw[1024];
	size_t n = 0;

	raw[0] = '\0';
	if (d->file != NULL) {
		const char *f = strcmp(d->file, "-") == 0 ? "stdin" : d->file;
		if (d->line > 0)
			n += snprintf(raw + n, sizeof(raw) - n, "%s:%zu: ", f,
			    d->line);
		else
			n += snprintf(raw + n, sizeof(raw) - n, "%s: ", f);
	}
	if (n < sizeof(raw) && d->column != NULL)
		n += snprintf(raw + n, sizeof(raw) - n, "column \"%s\": ",
		    d->column);
	if (n < sizeof(raw))
		snprintf(raw + n, sizeof(raw) - n, "%s", d->msg);
	n = 0;
	if (size > 0)
		put_escaped(buf, size, &n, raw);
}

void
diag_warn(const char *fmt, ...)
{
	char raw[1024], buf[1024];
	size_t n = 0;
	va_list ap;

	if (diag_warner == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	put_escaped(buf, sizeof(buf), &n, raw);
	diag_warner(buf);
}
