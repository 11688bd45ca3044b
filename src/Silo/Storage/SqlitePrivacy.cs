using System.Data.Common;

namespace LiveFair.Silo.Storage;

/// <summary>
/// SQLite keeps deleted rows in free pages until they are reused; with secure_delete it overwrites them
/// with zeros, so erasing a person really removes their data from the file. It is a per-connection
/// setting, so every connection that may delete (grain storage, read models, Identity) turns it on.
/// </summary>
public static class SqlitePrivacy
{
    public const string SecureDeletePragma = "PRAGMA secure_delete = ON;";

    public static async Task SecureDeleteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = SecureDeletePragma;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
