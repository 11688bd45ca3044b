namespace LiveFair.Silo.Storage;

/// <summary>
/// Creates LiveFair's own tables if they are missing. The DDL is deliberately plain (TEXT, BIGINT) so one
/// script serves SQLite and PostgreSQL.
/// </summary>
public static class DatabaseSchema
{
    private const string Script = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type  TEXT   NOT NULL,
            grain_id    TEXT   NOT NULL,
            state_name  TEXT   NOT NULL,
            etag        BIGINT NOT NULL,
            payload     TEXT   NOT NULL,
            updated_at  BIGINT NOT NULL,
            PRIMARY KEY (grain_type, grain_id, state_name)
        );
        CREATE TABLE IF NOT EXISTS lobby_room (
            room_id          TEXT    NOT NULL PRIMARY KEY,
            version          BIGINT  NOT NULL,
            kind             INTEGER NOT NULL,
            status           INTEGER NOT NULL,
            title            TEXT    NOT NULL,
            description      TEXT    NOT NULL,
            host_org_id      TEXT    NOT NULL,
            host_org_name    TEXT    NOT NULL,
            scheduled_start  BIGINT  NOT NULL,
            scheduled_end    BIGINT  NOT NULL,
            started_at       BIGINT  NULL,
            ended_at         BIGINT  NULL,
            has_sign_language INTEGER NOT NULL,
            is_demo          INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_lobby_room_status ON lobby_room (status, scheduled_start);
        CREATE TABLE IF NOT EXISTS organisation_directory (
            organisation_id  TEXT    NOT NULL PRIMARY KEY,
            version          BIGINT  NOT NULL,
            kind             INTEGER NOT NULL,
            name             TEXT    NOT NULL,
            city             TEXT    NOT NULL,
            verified         INTEGER NOT NULL,
            created_at       BIGINT  NOT NULL
        );
        CREATE TABLE IF NOT EXISTS job_catalog (
            job_id           TEXT    NOT NULL PRIMARY KEY,
            organisation_id  TEXT    NOT NULL,
            version          BIGINT  NOT NULL,
            status           INTEGER NOT NULL,
            created_at       BIGINT  NOT NULL,
            payload          TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_job_catalog_organisation ON job_catalog (organisation_id, created_at);
        CREATE TABLE IF NOT EXISTS product_catalog (
            product_id       TEXT    NOT NULL PRIMARY KEY,
            workshop_id      TEXT    NOT NULL,
            version          BIGINT  NOT NULL,
            created_at       BIGINT  NOT NULL,
            payload          TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_product_catalog_workshop ON product_catalog (workshop_id, created_at);
        CREATE TABLE IF NOT EXISTS application_index (
            application_id   TEXT    NOT NULL PRIMARY KEY,
            version          BIGINT  NOT NULL,
            person_id        TEXT    NOT NULL,
            applicant_name   TEXT    NOT NULL,
            room_id          TEXT    NOT NULL,
            booth_id         TEXT    NOT NULL,
            employer_id      TEXT    NOT NULL,
            employer_name    TEXT    NOT NULL,
            job_id           TEXT    NOT NULL,
            job_title        TEXT    NOT NULL,
            ticket           BIGINT  NOT NULL,
            shared_disability INTEGER NOT NULL,
            status           INTEGER NOT NULL,
            outcome          INTEGER NULL,
            recruiter_id     TEXT    NULL,
            recruiter_name   TEXT    NULL,
            applied_at       BIGINT  NOT NULL,
            updated_at       BIGINT  NOT NULL,
            interview_started_at BIGINT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_application_index_person ON application_index (person_id, applied_at);
        CREATE INDEX IF NOT EXISTS ix_application_index_booth ON application_index (booth_id, status, ticket);
        CREATE TABLE IF NOT EXISTS fair_invitation_index (
            room_id          TEXT    NOT NULL,
            employer_id      TEXT    NOT NULL,
            version          BIGINT  NOT NULL,
            status           INTEGER NOT NULL,
            room_title       TEXT    NOT NULL,
            invited_at       BIGINT  NOT NULL,
            PRIMARY KEY (room_id, employer_id)
        );
        CREATE INDEX IF NOT EXISTS ix_fair_invitation_index_employer ON fair_invitation_index (employer_id);
        CREATE TABLE IF NOT EXISTS order_index (
            order_id         TEXT    NOT NULL PRIMARY KEY,
            version          BIGINT  NOT NULL,
            buyer_id         TEXT    NULL,
            workshop_id      TEXT    NOT NULL,
            product_id       TEXT    NOT NULL,
            status           INTEGER NOT NULL,
            placed_at        BIGINT  NOT NULL,
            payload          TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_order_index_buyer ON order_index (buyer_id, placed_at);
        CREATE INDEX IF NOT EXISTS ix_order_index_workshop ON order_index (workshop_id, placed_at);
        CREATE TABLE IF NOT EXISTS sale_ledger (
            order_id         TEXT    NOT NULL,
            entry            INTEGER NOT NULL,
            line_no          INTEGER NOT NULL,
            workshop_id      TEXT    NOT NULL,
            product_id       TEXT    NOT NULL,
            room_id          TEXT    NULL,
            kind             INTEGER NOT NULL,
            maker_id         TEXT    NULL,
            charity_name     TEXT    NULL,
            quantity         INTEGER NOT NULL,
            amount_fen       BIGINT  NOT NULL,
            recorded_at      BIGINT  NOT NULL,
            PRIMARY KEY (order_id, entry, line_no)
        );
        CREATE INDEX IF NOT EXISTS ix_sale_ledger_workshop ON sale_ledger (workshop_id, recorded_at);
        """;

    public static async Task EnsureCreatedAsync(LiveFairDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers (lobby, transcript downloads) proceed while a grain writes.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Script;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
