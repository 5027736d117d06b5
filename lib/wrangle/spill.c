/* spill: temporary files that are gone from the directory from the start. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/diag.h"
#include "wrangle/spill.h"

static const char *
spill_dir(void)
{
	const char *dir = getenv("TMPDIR");

	return dir != NULL && *dir != '\0' ? dir : "/tmp";
}

FILE *
spill_open(struct diag *d)
{
	char path[4096];
	FILE *fp;
	int fd, e;

	if ((size_t)snprintf(path, sizeof(path), "%s/statpipe.XXXXXX",
	    spill_dir()) >= sizeof(path)) {
		diag_set(d, STATUS_DATA, "cannot create a temporary file in "
		    "%s: %s", spill_dir(), strerror(ENAMETOOLONG));
		return NULL;
	}
	if ((fd = mkstemp(path)) == -1) {
		diag_set(d, STATUS_DATA, "cannot create a temporary file in "
		    "%s: %s", spill_dir(), strerror(errno));
		return NULL;
	}
	unlink(path);
	if ((fp = fdopen(fd, "w+")) == NULL) {
		e = errno;
		close(fd);
		diag_set(d, STATUS_DATA, "cannot create a temporary file in "
		    "%s: %s", spill_dir(), strerror(e));
	}
	return fp;
}

int
spill_fail(struct diag *d, int writing)
{
	return diag_set(d, STATUS_DATA, "cannot %s a temporary file in %s: %s",
	    writing ? "write" : "read", spill_dir(),
	    errno ? strerror(errno) : "unexpected end");
}

int
spill_rewind(FILE *fp, struct diag *d)
{
	if (fflush(fp) != 0 || ferror(fp))
		return spill_fail(d, 1);
	rewind(fp);
	return 0;
}
