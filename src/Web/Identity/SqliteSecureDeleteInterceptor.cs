using System.Data.Common;
using LiveFair.Silo.Storage;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LiveFair.Web.Identity;

/// <summary>Identity's connections zero what they delete too, so a deleted account leaves no trace in the file.</summary>
internal sealed class SqliteSecureDeleteInterceptor : DbConnectionInterceptor
{
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await SqlitePrivacy.SecureDeleteAsync(connection, cancellationToken);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = SqlitePrivacy.SecureDeletePragma;
        command.ExecuteNonQuery();
    }
}
