// A statically linked program cannot load glibc's name-service modules: the module, built against
// the shared C library, brings a second one into the process. The account the workbook runs as,
// looked up for its lock files, crashed the static workbook where /etc/passwd does not have it
// and /etc/nsswitch.conf names a module next (systemd's, LDAP's, SSSD's). There the files alone
// are read: glibc reads them itself, with no module to load. An account they do not have is
// named as before when a lookup finds nothing: $USER, or "uid N" (AccountName's callers).
#include "name_service.h"

#include <nss.h>
#include <sys/auxv.h>

void wb_read_accounts_from_files_when_static(void) {
  // The loader's address, which the kernel passes to a program that has one.
  if (getauxval(AT_BASE) != 0) return;
  __nss_configure_lookup("passwd", "files");
  __nss_configure_lookup("group", "files");
}
