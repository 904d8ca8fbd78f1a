#!/usr/bin/env bash
# Restores a backup of bin/eobuka-backup.sh into an empty database: bin/eobuka-restore.sh FILE
# PostgreSQL: the database named in EOBUKA_DB_URL must exist and be empty (createdb); the restore
# runs in one transaction, so it is all there or not at all.
# H2: the database file must not exist yet; it is created from the backup.
# Start the server on the restored database as usual: Flyway finds the schema at the backup's
# version and migrates it further only if the server is newer.
source "$(dirname "$0")/eobuka-db.sh"

[[ $# -eq 1 ]] || fail "usage: $0 FILE"
backup="$1"
[[ -f "$backup" ]] || fail "no backup file $backup"

case "$DB_DRIVER" in
    postgresql)
        tables="$(psql "${PG_ARGS[@]}" --dbname "$PG_DATABASE" --no-align --tuples-only \
            --command "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")" \
            || fail "cannot reach database $PG_DATABASE on $PG_HOST:$PG_PORT (create it first: createdb $PG_DATABASE)"
        [[ "$tables" == "0" ]] || fail "database $PG_DATABASE is not empty ($tables tables): restore into a new one"
        pg_restore "${PG_ARGS[@]}" --dbname "$PG_DATABASE" --no-owner --no-privileges --exit-on-error --single-transaction "$backup"
        ;;
    h2)
        [[ ! -e "$H2_FILE.mv.db" ]] || fail "$H2_FILE.mv.db exists: move it away or restore elsewhere"
        mkdir -p "$(dirname "$H2_FILE")"
        if ! "$JAVA" -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$H2_FILE" \
            -user "$DB_USER" -password "$DB_PASSWORD" -script "$backup" -options compression zip; then
            rm -f "$H2_FILE.mv.db" "$H2_FILE.trace.db"
            fail "the restore failed; nothing was kept"
        fi
        ;;
esac
echo "restored $backup into the $DB_DRIVER database $DB_URL"
