#ifndef WORKBOOK_NAME_SERVICE_H
#define WORKBOOK_NAME_SERVICE_H

/// In a program linked statically with glibc, as `make install` links the workbook, has the
/// account and group databases read from their files alone (and from nscd, when it runs); in a
/// program with a loader it does nothing. Called once, before the first name is looked up
/// (`AccountName`; name_service.c says why).
void wb_read_accounts_from_files_when_static(void);

#endif
