#!/usr/bin/env bash
# Backs up eObuka's database into one file: bin/eobuka-backup.sh FILE
# PostgreSQL: pg_dump's custom format, taken while the server runs (a consistent snapshot).
# H2: a compressed SQL script of the whole database; stop the server first (it holds the file,
# and H2 refuses a second process).
# Reads EOBUKA_DB_DRIVER, EOBUKA_DB_URL, EOBUKA_DB_USER and EOBUKA_DB_PASSWORD as the server does.
# Restore with bin/eobuka-restore.sh (README, "Backup and restore").
source "$(dirname "$0")/eobuka-db.sh"
# the backup holds every account and its personal data: readable by its owner only
umask 077

[[ $# -eq 1 ]] || fail "usage: $0 FILE"
target="$1"
[[ ! -e "$target" ]] || fail "$target exists: choose a new file"
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

case "$DB_DRIVER" in
    postgresql)
        pg_dump "${PG_ARGS[@]}" --format=custom --no-owner --no-privileges --file "$partial" "$PG_DATABASE"
        ;;
    h2)
        [[ -f "$H2_FILE.mv.db" ]] || fail "no H2 database at $H2_FILE.mv.db"
        "$JAVA" -cp "$H2_JAR" org.h2.tools.Script -url "jdbc:h2:file:$H2_FILE;IFEXISTS=TRUE;ACCESS_MODE_DATA=r" \
            -user "$DB_USER" -password "$DB_PASSWORD" -script "$partial" -options compression zip \
            || fail "H2 could not read $H2_FILE: is the server still running?"
        ;;
esac
# only a complete backup gets the name asked for
mv "$partial" "$target"
echo "backed up $DB_DRIVER database to $target ($(wc -c < "$target") bytes)"
