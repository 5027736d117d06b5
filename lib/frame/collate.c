/*
 * collate: text ordered as R orders it, over libicu's collator (opened
 * once, on first use, for the locale the environment names).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucol.h>

#include "frame/collate.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static UCollator *coll;			/* NULL: byte order */
static char locale[64];

/* The locale of LC_COLLATE as setlocale(LC_COLLATE, "") would find it. */
static const char *
env_locale(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_COLLATE", "LANG" };
	const char *s;
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
		if ((s = getenv(vars[i])) != NULL && *s != '\0')
			return s;
	return "C";
}

static void
open_collator(void)
{
	const char *env = env_locale();
	UErrorCode err = U_ZERO_ERROR;
	size_t n = strcspn(env, ".@");

	if (strcmp(env, "C") == 0 || strcmp(env, "POSIX") == 0 ||
	    n >= sizeof(locale))
		return;
	/* "en_US.UTF-8" is ICU's "en_US"; "C.UTF-8" its root collation */
	if (!(n == 1 && env[0] == 'C'))
		memcpy(locale, env, n);
	locale[n == 1 && env[0] == 'C' ? 0 : n] = '\0';
	coll = ucol_open(locale, &err);
	if (U_FAILURE(err)) {
		ucol_close(coll);
		coll = NULL;
	}
}

int
collate_cmp(const char *a, const char *b)
{
	UErrorCode err = U_ZERO_ERROR;
	UCollationResult r;

	pthread_once(&once, open_collator);
	if (coll != NULL) {
		r = ucol_strcollUTF8(coll, a, -1, b, -1, &err);
		if (U_SUCCESS(err) && r != UCOL_EQUAL)
			return r == UCOL_LESS ? -1 : 1;
	}
	return strcmp(a, b);
}

const char *
collate_locale(void)
{
	pthread_once(&once, open_collator);
	return coll != NULL ? locale : NULL;
}
