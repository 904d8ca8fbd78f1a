# Shared by eobuka-backup.sh and eobuka-restore.sh: the database the server uses, read from the
# same variables and with the same defaults as wildfly-config/datasource.cli.
set -euo pipefail

DB_DRIVER="${EOBUKA_DB_DRIVER:-h2}"
DB_URL="${EOBUKA_DB_URL:-jdbc:h2:file:$HOME/.eobuka/data/eobuka}"
DB_USER="${EOBUKA_DB_USER:-sa}"
DB_PASSWORD="${EOBUKA_DB_PASSWORD:-sa}"
SERVER_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

case "$DB_DRIVER" in
    postgresql)
        [[ "$DB_URL" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] || fail "not a PostgreSQL JDBC URL: $DB_URL"
        PG_HOST="${BASH_REMATCH[1]}"
        PG_PORT="${BASH_REMATCH[3]:-5432}"
        PG_DATABASE="${BASH_REMATCH[4]}"
        export PGPASSWORD="$DB_PASSWORD"
        PG_ARGS=(--host "$PG_HOST" --port "$PG_PORT" --username "$DB_USER")
        ;;
    h2)
        [[ "$DB_URL" =~ ^jdbc:h2:file:([^\;]+) ]] || fail "not an H2 file URL: $DB_URL"
        H2_FILE="${BASH_REMATCH[1]/#\~/$HOME}"
        # the H2 the server itself runs, so the backup is read and written by the same version
        H2_JAR="$(ls "$SERVER_HOME"/modules/system/layers/base/com/h2database/h2/main/h2-*.jar 2>/dev/null | head -n 1)"
        [[ -n "$H2_JAR" ]] || fail "H2 not found under $SERVER_HOME/modules"
        JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
        ;;
    *)
        fail "EOBUKA_DB_DRIVER must be h2 or postgresql, not $DB_DRIVER"
        ;;
esac
