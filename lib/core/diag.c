#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/diag.h"

const char *diag_progname = "statpipe";
int diag_quiet;

int
diag_set(struct diag *d, int status, const char *fmt, ...)
{
	va_list ap;

	memset(d, 0, sizeof(*d));
	d->status = status;
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return -1;
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
	size_t n = 0;

	buf[0] = '\0';
	if (d->file != NULL) {
		const char *f = strcmp(d->file, "-") == 0 ? "stdin" : d->file;
		if (d->line > 0)
			n += snprintf(buf + n, size - n, "%s:%zu: ", f, d->line);
		else
			n += snprintf(buf + n, size - n, "%s: ", f);
	}
	if (n < size && d->column != NULL)
		n += snprintf(buf + n, size - n, "column \"%s\": ", d->column);
	if (n < size)
		snprintf(buf + n, size - n, "%s", d->msg);
}

void
diag_warn(const char *fmt, ...)
{
	va_list ap;

	if (diag_quiet)
		return;
	fprintf(stderr, "%s: warning: ", diag_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
