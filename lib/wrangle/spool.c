/*
 * spool: inputs made readable twice, stdin and pipes copied to an
 * unlinked temporary file (spill_open()).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "wrangle/spool.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "wrangle/spill.h"

static int
spool_copy(const char *file, FILE *to, struct diag *d)
{
	FILE *from = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
	char buf[65536];
	size_t n;
	int rc = 0;

	if (from == NULL)
		return diag_set(d, STATUS_DATA, "cannot open %s: %s", file,
		    strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), from)) > 0)
		if (fwrite(buf, 1, n, to) != n) {
			rc = spill_fail(d, 1);
			break;
		}
	if (rc == 0 && ferror(from))
		rc = diag_set(d, STATUS_DATA, "cannot read %s: %s", file,
		    strerror(errno));
	if (from != stdin)
		fclose(from);
	return rc == 0 ? spill_rewind(to, d) : -1;
}

void
spool_free(struct spool *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->fp[i] != NULL)
			fclose(s->fp[i]);
	free(s->name);
	free(s->orig);
	free(s->fp);
	free(s->buf);
	s->n = 0;
}

int
spool_open(int nfiles, char **files, const struct frame_opts *in,
    struct spool *s, struct diag *d)
{
	static char dash[] = "-";
	static char *only_stdin[] = { dash };
	struct stat st;
	int i, n, stdin_seen = 0;

	if (nfiles == 0) {
		nfiles = 1;
		files = only_stdin;
	}
	s->name = xcalloc((size_t)nfiles, sizeof(*s->name));
	s->orig = xcalloc((size_t)nfiles, sizeof(*s->orig));
	s->fp = xcalloc((size_t)nfiles, sizeof(*s->fp));
	s->buf = xcalloc((size_t)nfiles, sizeof(*s->buf));
	s->in = *in;
	s->in.shown = s->orig;
	s->n = 0;
	for (n = 0; n < nfiles; n++) {
		/* stdin is read once: a second "-" is empty, as frame_scan()
		 * reads it (cat - -), so it is left out */
		if (strcmp(files[n], "-") == 0 && stdin_seen++)
			continue;
		i = s->n++;
		s->name[i] = s->orig[i] = files[n];
		if (strcmp(s->name[i], "-") != 0 && (stat(s->name[i], &st) != 0
		    || S_ISREG(st.st_mode)))
			continue;	/* a file, or frame_scan's error */
		if ((s->fp[i] = spill_open(d)) == NULL ||
		    spool_copy(s->name[i], s->fp[i], d) != 0) {
			spool_free(s);
			return -1;
		}
		snprintf(s->buf[i], sizeof(s->buf[i]), "/dev/fd/%d",
		    fileno(s->fp[i]));
		s->name[i] = s->buf[i];
	}
	return 0;
}
