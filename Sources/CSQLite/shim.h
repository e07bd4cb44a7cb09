// The system SQLite, plus the parts Swift cannot import directly: macros that are casts of
// integers to function pointers, and variadic calls.
#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT: SQLite copies a bound text or blob before the bind call returns.
static inline sqlite3_destructor_type csqlite_transient(void) { return SQLITE_TRANSIENT; }

/// Stops sqlite3_close from checkpointing the write-ahead log into the database file, so closing a
/// file that was refused (damaged, from a newer version) leaves it exactly as it was found.
static inline int csqlite_disable_checkpoint_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}

/// Keeps ordinary SQL from rewriting the schema table, whatever the library's compile-time default.
static inline int csqlite_defensive(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, (int *)0);
}

#endif
